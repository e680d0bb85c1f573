/**
 * What one article's analysis panel shows, counted from its analysis: the actors and conflicts it names
 * (paragraphs each), its direct quotes and reported statements, and the words quoted per speaker, all in
 * the site's one order measured on this article's counts.
 */
import type { Analysis, Quote } from '../analysis/types.ts';
import type { Conflict } from '../registry/schema.ts';
import { speakerPageId, type SiteAnalysis } from './aggregate.ts';
import { inProminenceOrder } from './order.ts';
import { NO_SPEAKER } from './attribution.ts';
import { addQuotedWords, type QuotedWords } from './voices.ts';

export interface NamedCount {
  id: string;
  name: string;
  /** Paragraphs of this article that name it. */
  paragraphs: number;
}

export interface ArticleVoice extends QuotedWords {
  /** The speaker's page id; '' when the speaker is not identified. */
  id: string;
  name: string;
  quotes: number;
}

export interface ArticleAnalysisView {
  quotes: Quote[];
  reported: Quote[];
  actors: NamedCount[];
  conflicts: NamedCount[];
  voices: ArticleVoice[];
}

/** Paragraphs of the article that name each id. */
function paragraphCounts(analysis: Analysis, pick: (m: Analysis['mentions'][number]) => string[]) {
  const n = new Map<string, number>();
  for (const row of analysis.mentions) for (const id of pick(row)) n.set(id, (n.get(id) ?? 0) + 1);
  return n;
}

export function articleAnalysisView(
  analysis: Analysis,
  site: SiteAnalysis & { conflictById: Map<string, Conflict> },
): ArticleAnalysisView {
  const quotes = analysis.quotes.filter((q) => q.kind === 'direct');
  const actorParagraphs = paragraphCounts(analysis, (m) => m.actors);
  const conflictParagraphs = paragraphCounts(analysis, (m) => m.conflicts);
  const words = new Map<string, QuotedWords & { quotes: number }>();
  for (const q of quotes) {
    const id = speakerPageId(site, q) ?? '';
    const count = words.get(id) ?? { words: 0, uncertain: 0, quotes: 0 };
    addQuotedWords(count, q);
    count.quotes++;
    words.set(id, count);
  }
  const actorName = (id: string) => site.actors.get(id)?.name ?? id;
  const prominence = (id: string) => ({
    name: actorName(id),
    paragraphs: actorParagraphs.get(id) ?? 0,
    quotes: words.get(id)?.quotes ?? 0,
  });
  const conflictNamed = (id: string) => ({
    id,
    name: site.conflictById.get(id)?.name ?? id,
    paragraphs: conflictParagraphs.get(id)!,
  });
  const speakers = inProminenceOrder(
    [...words.keys()].filter((id) => id),
    prominence,
  );
  return {
    quotes,
    reported: analysis.quotes.filter((q) => q.kind === 'reported'),
    actors: inProminenceOrder(actorParagraphs.keys(), prominence).map((id) => ({
      id,
      name: actorName(id),
      paragraphs: actorParagraphs.get(id)!,
    })),
    conflicts: inProminenceOrder([...conflictParagraphs.keys()].map(conflictNamed), (c) => ({
      ...c,
      quotes: 0,
    })),
    voices: [...speakers, ...(words.has('') ? [''] : [])].map((id) => ({
      id,
      name: id ? actorName(id) : NO_SPEAKER,
      ...words.get(id)!,
    })),
  };
}
