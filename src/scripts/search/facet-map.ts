/**
 * The map an article page carries of what each of its paragraphs and quotes holds (Pagefind
 * metadata `facets`, built by src/lib/search-facets.ts), read back in the browser. Small, and
 * loaded with the search UI; the narrowing that uses it loads only when a filter is in use.
 */
import type { ResultData } from './pagefind.ts';

/** The filters that narrow a page to some of its paragraphs and quotes ("kind" is a page's own). */
export const ANCHOR_FILTERS = ['speaker', 'actor', 'conflict'] as const;

export interface AnchorFacets {
  /** The paragraph (or heading) it stands in. */
  p: string;
  /** Speaker, for a quote or reported statement: an index into `names`. */
  s?: number;
  a: number[];
  c: number[];
  /** A direct quote's result title: “its words” — Speaker. */
  t?: string;
  /** How a direct quote's result introduces its speaker ("Said by …", "Probably said by …"). */
  w?: string;
}

export interface Facets {
  names: string[];
  anchors: Record<string, AnchorFacets>;
}

/**
 * Kind "quote": quotes are not pages of the index but parts of their articles, so this kind is
 * searched among the articles (`pageFilters`) and narrowed to their quotes (`anchorFilters`).
 */
export const QUOTE_KIND = 'quote';
/** The kind Pagefind gives article pages (src/layouts/ArticleLayout.astro). */
const ARTICLE_KIND = 'paragraph';

/** The filters among `filters` that act on paragraphs and quotes (with kind "quote": only quotes). */
export function anchorFilters(filters: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ANCHOR_FILTERS) if (filters[name]) out[name] = filters[name];
  if (filters.kind === QUOTE_KIND) out.kind = QUOTE_KIND;
  return out;
}

/** The filters as Pagefind takes them: kind "quote" asks for the articles that hold the quotes. */
export function pageFilters(filters: Record<string, string>): Record<string, string> {
  return filters.kind === QUOTE_KIND ? { ...filters, kind: ARTICLE_KIND } : filters;
}

export function parseFacets(data: ResultData): Facets | null {
  const raw = data.meta.facets;
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Facets;
  } catch {
    return null; // a page built by an older version: filter it as a whole page
  }
}

/** The entry an anchor id belongs to: "-after" markers resume their paragraph. */
export function ownerOf(facets: Facets, id: string): string | undefined {
  if (facets.anchors[id]) return id;
  const base = id.replace(/-after$/, '');
  return base !== id ? facets.anchors[base]?.p : undefined;
}

/**
 * Sub-results that start after a quote ("-after" markers hand the rest of a paragraph back to it)
 * link to their paragraph, so the landing highlights the paragraph, not an empty marker.
 */
export function linkToParagraphs(data: ResultData): ResultData {
  const facets = parseFacets(data);
  if (!facets) return data;
  const base = data.url.replace(/#.*$/, '');
  const subs = data.sub_results.map((sub) => {
    const id = sub.anchor?.id;
    const owner = id?.endsWith('-after') ? ownerOf(facets, id) : undefined;
    return owner ? { ...sub, url: `${base}#${owner}` } : sub;
  });
  return { ...data, sub_results: subs };
}
