/**
 * Pagefind's search core, loaded on demand (never on page load), and the shapes of what it returns.
 * The index lives at /pagefind/, built by `pagefind --site dist` after Astro. It loads in the search
 * worker (search-worker.ts), or in the page where a worker cannot start (pagefind-client.ts).
 */
import { prepare } from './prefetch.ts';

/** An element with an id on a result's page: where a sub-result starts. */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: Anchor;
}

export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
  /** Every element with an id on the page, in order. */
  anchors?: Anchor[];
  /** Set when the reader's filters narrowed the sub-results to those that match (facets.ts). */
  narrowed?: boolean;
  /** Set when the first deep link holds the query's words as a phrase (rank.ts). */
  phraseLed?: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, string | string[]> },
  ) => Promise<{ results: SearchHit[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload?: (q: string) => Promise<void>;
}

/** What the search panel asks of Pagefind, wherever it runs. */
export interface SearchApi {
  search: (
    q: string | null,
    o?: { filters?: Record<string, string | string[]> },
  ) => Promise<{ results: SearchHit[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** Fetches the index chunks a query needs, without searching. */
  preload: (q: string) => Promise<void>;
}

/** Resolves each hit's data once, however often it is asked for. */
export function memoHit(hit: SearchHit): SearchHit {
  let data: ReturnType<SearchHit['data']> | undefined;
  return { ...hit, data: () => (data ??= hit.data()) };
}

/**
 * Imports Pagefind into this thread (`scope`: the worker's global, or the page's window) from `base`
 * (the /pagefind/ folder's URL), ready to search the index for `language`.
 */
export async function loadPagefindHere(
  scope: { fetch: typeof fetch },
  base: string,
  language: string,
): Promise<SearchApi> {
  // The entry, metadata and WebAssembly core are fetched (and gunzipped natively) alongside pagefind.js.
  const metaCacheTag = prepare(base, language, scope);
  const imported = import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindApi>;
  // Pagefind segments every query with Intl.Segmenter; the first one built costs 10–25 ms here (locale
  // data), so build it while the files are on the way rather than on the first query: in a task of
  // its own, after the request for pagefind.js has gone out.
  setTimeout(() => warmSegmenter(language), 0);
  const api = await imported;
  // Pagefind's own worker is not wanted: this already runs where the page wants it. Result URLs stay
  // relative to the site ("/articles/…"), as they are in the page, also where Pagefind cannot see one.
  await api.options({ excerptLength: 24, noWorker: true, metaCacheTag, baseUrl: '/' });
  await api.init();
  await whenReady(api);
  return {
    search: (q, o) => api.search(q, o),
    filters: () => api.filters(),
    preload: (q) => api.preload?.(q) ?? Promise.resolve(),
  };
}

/**
 * Resolves once Pagefind has finished loading its index. Pagefind has no ready signal, and a query
 * sent before then waits in a 50 ms polling loop (getPtr), so the first results could sit idle for
 * up to 50 ms after everything has arrived. Empty preloads started 5 ms apart poll in between; the
 * first to return means Pagefind is ready, and queries sent after that run at once. (An empty preload
 * stops right after the readiness check: it fetches nothing.)
 */
function whenReady(api: PagefindApi): Promise<void> {
  const { preload } = api;
  if (!preload) return Promise.resolve();
  const probes = Array.from(
    { length: 10 },
    (_, i) =>
      new Promise<void>((resolve, reject) => setTimeout(() => preload('').then(resolve, reject), i * 5)),
  );
  return Promise.race(probes);
}

function warmSegmenter(language: string): void {
  try {
    if (typeof Intl.Segmenter === 'function')
      new Intl.Segmenter(language === 'unknown' ? undefined : language, { granularity: 'grapheme' });
  } catch {
    // an unusual lang attribute: Pagefind falls back the same way, nothing to warm
  }
}
