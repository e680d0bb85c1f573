/**
 * Filters down to the paragraph and the quote. Pagefind's filters act on whole pages: an article
 * that quotes John Kirby matches "Speaker: John Kirby" as a page, and its sub-results would list
 * every paragraph with the query's words. Article pages carry a map of what each of their
 * paragraphs and quotes holds (Pagefind metadata `facets`, built by src/lib/search-facets.ts);
 * these functions keep only the sub-results that match the filters, and drop a page that keeps none.
 */
import { anchorFilters, ownerOf, parseFacets, QUOTE_KIND, type AnchorFacets } from './facet-map.ts';
import { memoHit, type Anchor, type ResultData, type SearchHit, type SubResult } from './pagefind.ts';
import { toRendered } from './render.ts';

function matches(entry: AnchorFacets, names: string[], filters: Record<string, string>): boolean {
  const has = (list: number[], value: string) => list.some((i) => names[i] === value);
  if (filters.kind === QUOTE_KIND && !entry.t) return false; // direct quotes only
  if (filters.speaker && (entry.s === undefined || names[entry.s] !== filters.speaker)) return false;
  if (filters.actor && !has(entry.a, filters.actor)) return false;
  if (filters.conflict && !has(entry.c, filters.conflict)) return false;
  return true;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A sub-result for an anchor the query did not hit itself (a quote in a paragraph that it hit): its
 * words are the page's indexed text from the anchor to the next one (an anchor's own `text` would
 * include what the index ignores, such as the speaker note).
 */
function subResultFor(data: ResultData, anchor: Anchor): SubResult {
  const words = (data.content ?? '').split(/\s+/);
  const next = (data.anchors ?? []).find((a) => a.location > anchor.location)?.location ?? words.length;
  const end = Math.min(next, anchor.location + 30);
  const text = `${words.slice(anchor.location, end).join(' ')}${end < next ? '…' : ''}`;
  return {
    title: anchor.title ?? anchor.id,
    url: `${data.url.replace(/#.*$/, '')}#${anchor.id}`,
    excerpt: escapeHtml(text),
    anchor,
  };
}

/**
 * One result narrowed to the paragraphs and quotes that match `filters` (speaker, actor, conflict).
 * With a query, a paragraph or quote is kept when the query hits it; a quote by the filtered
 * speaker is also kept when the query hits its paragraph ("Kirby" and "Russia": his words in a
 * paragraph about Russia). Without one, every matching quote (for a speaker) or paragraph is kept.
 * Returns the data unchanged for a page without facets (its filters are its own), and null when
 * nothing on the page matches.
 */
export function narrowResult(
  data: ResultData,
  filters: Record<string, string>,
  hasQuery: boolean,
): ResultData | null {
  const facets = parseFacets(data);
  if (!facets || Object.keys(filters).length === 0) return data;
  const base = data.url.replace(/#.*$/, '');
  // The sub-results Pagefind found, by the paragraph or quote they belong to.
  const hits = new Map<string, SubResult>();
  for (const sub of data.sub_results) {
    const owner = sub.anchor ? ownerOf(facets, sub.anchor.id) : undefined;
    if (!owner || hits.has(owner)) continue;
    hits.set(owner, owner === sub.anchor!.id ? sub : { ...sub, url: `${base}#${owner}` });
  }
  const hitParagraphs = new Set([...hits.keys()].map((id) => facets.anchors[id]!.p));
  const kept: SubResult[] = [];
  const seen = new Set<string>();
  for (const anchor of data.anchors ?? []) {
    const entry = facets.anchors[anchor.id];
    if (!entry || seen.has(anchor.id) || !matches(entry, facets.names, filters)) continue;
    seen.add(anchor.id);
    const isQuote = entry.s !== undefined;
    if (!hasQuery) {
      // A speaker's words, or the paragraphs that name an actor or conflict.
      if (isQuote === (!!filters.speaker || filters.kind === QUOTE_KIND))
        kept.push(hits.get(anchor.id) ?? subResultFor(data, anchor));
    } else if (hits.has(anchor.id)) kept.push(hits.get(anchor.id)!);
    else if (isQuote && filters.speaker && hitParagraphs.has(entry.p)) kept.push(subResultFor(data, anchor));
  }
  return kept.length ? { ...data, sub_results: kept, narrowed: true } : null;
}

/** Most results narrowed at once: beyond this many pages, the rest are left as Pagefind found them. */
export const NARROW_LIMIT = 100;

/**
 * The hits narrowed to `filters`: each page's data is loaded (in parallel) to see whether any
 * paragraph or quote on it matches; pages that keep none are dropped.
 */
export async function narrowHits(
  hits: SearchHit[],
  filters: Record<string, string>,
  hasQuery: boolean,
): Promise<SearchHit[]> {
  const active = anchorFilters(filters);
  if (Object.keys(active).length === 0) return hits;
  const head = hits.slice(0, NARROW_LIMIT).map(memoHit);
  const narrowed = await Promise.all(
    head.map(async (hit) => {
      const data = await hit.data().catch(() => undefined);
      const kept = data && narrowResult(data, active, hasQuery);
      return kept ? { ...hit, data: () => Promise.resolve(kept) } : null;
    }),
  );
  return [...narrowed.filter((h): h is SearchHit => h !== null), ...hits.slice(NARROW_LIMIT)];
}

/**
 * How many results the list shows for narrowed hits: a page narrowed to its quotes shows each quote
 * as a result of its own (render.ts), so quotes are counted, not pages. Their data is already loaded
 * (narrowHits); pages beyond NARROW_LIMIT count one each.
 */
export async function narrowedCount(hits: SearchHit[]): Promise<number> {
  const head = await Promise.all(
    hits.slice(0, NARROW_LIMIT).map((hit) =>
      hit.data().then(
        (d) => toRendered(d).length,
        () => 0,
      ),
    ),
  );
  return head.reduce((sum, n) => sum + n, 0) + Math.max(0, hits.length - NARROW_LIMIT);
}
