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

/**
 * What Pagefind is asked for. Pagefind matches the query's last word as a prefix, and on a large
 * archive a two-letter prefix costs seconds of its WebAssembly (over 5,000 articles "th" expands to
 * hundreds of words, each on thousands of pages) to find pages that hold some word beginning "th". A
 * query of one two-letter word is searched as that whole word instead (Pagefind's exact matching, a
 * quoted query): "UN" finds the UN, "th" finds nothing until a third letter.
 */
export function searchedAs(query: string): { term: string; wholeWord: boolean } {
  const word = query.replace(/[^\p{L}\p{N}\s]/gu, '');
  return /^[\p{L}\p{N}]{2}$/u.test(word)
    ? { term: `"${word}"`, wholeWord: true }
    : { term: query, wholeWord: false };
}
