/**
 * What the reader typed, made into what is searched: control characters out, a bounded length, and
 * the shortest query worth a search. A single letter is no query: it matches most of the archive
 * (on 5,000 articles "k" expands to every word that begins with it, 1,800–5,200 pages), costs
 * hundreds of milliseconds and tells the reader nothing, so the panel asks for one more character.
 */

/** Longest query we send: Pagefind has no use for more, and a huge one only costs time. */
export const MAX_QUERY = 200;

/** Fewest letters or digits a query needs before it is searched. */
export const MIN_QUERY = 2;

/** Trims and bounds a reader's query; the text itself stays as typed (Pagefind treats it as words). */
export function cleanQuery(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex -- control characters are what it removes
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim()
      .slice(0, MAX_QUERY)
  );
}

/**
 * True for a query with a letter or digit but fewer than MIN_QUERY of them ("K", "“K”", "K."); one
 * with none ("--") is searched, and Pagefind finds nothing for it.
 */
export function tooShort(query: string): boolean {
  const letters = query.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return letters > 0 && letters < MIN_QUERY;
}

/** What the status says while the query is too short to search. */
export const TOO_SHORT = 'Type one more character to search.';

/** How a query is searched: `term` goes to Pagefind; `prefix`, when set, is asked if `term` finds nothing. */
export interface Searched {
  term: string;
  /** The query's one short word is searched as that whole word. */
  wholeWord: boolean;
  prefix?: string;
}

/**
 * What Pagefind is asked for. Pagefind matches the query's last word as a prefix, and on a large
 * archive a short common prefix costs seconds of its WebAssembly (over 1,001 articles "the" spent
 * 1.5 s cold expanding to every word that begins "the", each on nearly every page; the whole word
 * "the" 0.17 s). A query of one word of two or three letters is searched as that whole word
 * (Pagefind's exact matching, a quoted query): "UN" finds the UN, "war" the word war. A three-letter
 * word that finds nothing is the start of a longer one ("Kir", "Ira"): then words beginning with it.
 * Two letters stay a whole word, found or not ("th" would expand to hundreds of words).
 */
export function searchedAs(query: string): Searched {
  const word = query.replace(/[^\p{L}\p{N}\s]/gu, '');
  if (/^[\p{L}\p{N}]{2}$/u.test(word)) return { term: `"${word}"`, wholeWord: true };
  if (/^[\p{L}\p{N}]{3}$/u.test(word)) return { term: `"${word}"`, wholeWord: true, prefix: word };
  return { term: query, wholeWord: false };
}
