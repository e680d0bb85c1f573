/**
 * Loads Pagefind's search core on demand (never on page load) and runs searches.
 * The index lives at /pagefind/, built by `pagefind --site dist` after Astro.
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

/** Resolves each hit's data once, however often it is asked for. */
export function memoHit(hit: SearchHit): SearchHit {
  let data: ReturnType<SearchHit['data']> | undefined;
  return { ...hit, data: () => (data ??= hit.data()) };
}

let loading: Promise<PagefindApi> | undefined;

/** The Pagefind API, imported the first time someone starts to search. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = new URL('/pagefind/', window.location.href).href;
    const language = document.documentElement.lang || 'unknown';
    // The entry, metadata and WebAssembly core are fetched (and gunzipped natively) alongside pagefind.js.
    const metaCacheTag = prepare(base, language);
    const imported = import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindApi>;
    // Pagefind segments every query with Intl.Segmenter; the first one built costs 10–25 ms here (locale
    // data), so build it while the files are on the way rather than on the first query: in a task of
    // its own, after the request for pagefind.js has gone out.
    setTimeout(() => warmSegmenter(language), 0);
    const api = await imported;
    // In the main thread: skips a worker start-up (about 90 ms here) on the first query; the index is small.
    await api.options({ excerptLength: 24, noWorker: true, metaCacheTag });
    await api.init();
    await whenReady(api);
    return api;
  })();
  return loading;
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

/** Longest query we send: Pagefind has no use for more, and a huge one only costs time. */
export const MAX_QUERY = 200;

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
