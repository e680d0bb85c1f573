/**
 * Exact phrases first. Pagefind ranks pages by how often and how densely they hold the query's
 * words, wherever they stand; a reader who types several words usually means them together. The
 * first results are re-ranked so that those holding the words as a phrase come first (in Pagefind's
 * order among themselves), and within each, the sub-results that hold the phrase lead.
 */
import { memoHit, type ResultData, type SearchHit } from './pagefind.ts';

/** How many of the first results are checked for the phrase: the first page, whose data is loaded anyway. */
export const PHRASE_RERANK = 10;

/** Lower case, typographic quotes and dashes made plain, punctuation as spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/<\/?mark>/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** The query as a phrase to look for (two words or more, quotation marks dropped), or null. */
export function phraseOf(query: string): string | null {
  const phrase = normalise(query.replace(/["“”]/g, ' '));
  return phrase.split(' ').length >= 2 ? phrase : null;
}

/** Whether `text` holds `phrase` as whole words. */
export function holdsPhrase(text: string, phrase: string): boolean {
  return ` ${normalise(text)} `.includes(` ${phrase} `);
}

/** `items` with those for which `holds` is true first, each group in its own order. */
export function phraseFirst<T>(items: T[], holds: (item: T) => boolean): T[] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (holds(item) ? yes : no).push(item);
  return [...yes, ...no];
}

/** The result's sub-results with those holding the phrase first. */
function subsPhraseFirst(data: ResultData, phrase: string): ResultData {
  const subs = phraseFirst(data.sub_results, (s) => holdsPhrase(s.excerpt, phrase));
  return { ...data, sub_results: subs, phraseLed: !!subs[0] && holdsPhrase(subs[0].excerpt, phrase) };
}

/** Hits re-ranked for a query of several words (unchanged for one word). */
export async function rankPhraseFirst(hits: SearchHit[], query: string): Promise<SearchHit[]> {
  const phrase = phraseOf(query);
  if (!phrase || hits.length === 0) return hits;
  const head = hits.slice(0, PHRASE_RERANK).map(memoHit);
  const checked = await Promise.all(
    head.map(async (hit) => {
      const data = await hit.data().catch(() => undefined);
      if (!data) return { hit, holds: false };
      const ranked = subsPhraseFirst(data, phrase);
      return {
        hit: { ...hit, data: () => Promise.resolve(ranked) },
        holds: holdsPhrase(data.content ?? data.excerpt, phrase),
      };
    }),
  );
  return [...phraseFirst(checked, (c) => c.holds).map((c) => c.hit), ...hits.slice(PHRASE_RERANK)];
}
