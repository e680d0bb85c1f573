/** An article's numbers as lists and headers show them: paragraphs, direct quotes, actors, reading time. */
import type { Analysis } from '../analysis/types.ts';
import { readingMinutes } from './format.ts';

export interface ArticleCounts {
  paragraphs: number;
  /** Direct quotes (reported statements are not counted). */
  quotes: number;
  /** Distinct actors named in its paragraphs. */
  actors: number;
  /** Minutes to read it at 230 words a minute, at least 1. */
  minutes: number;
}

/** The ids of the actors `analysis` names, in the order they are first named. */
export function actorIdsOf(analysis: Pick<Analysis, 'mentions'>): string[] {
  return [...new Set(analysis.mentions.flatMap((m) => m.actors))];
}

/** The numbers of one analysed article. */
export function articleCounts(analysis: Analysis): ArticleCounts {
  return {
    paragraphs: analysis.paragraphs.length,
    quotes: analysis.quotes.filter((q) => q.kind === 'direct').length,
    actors: actorIdsOf(analysis).length,
    minutes: readingMinutes(analysis.paragraphs.map((p) => p.text).join(' ')),
  };
}
