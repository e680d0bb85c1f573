/**
 * Loads Pagefind's search core on demand (never on page load) and runs searches.
 * The index lives at /pagefind/, built by `pagefind --site dist` after Astro.
 */

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

export interface SearchHit {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string | string[]> }) => Promise<{ results: SearchHit[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload?: (q: string) => Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

/** The Pagefind API, imported the first time someone starts to search. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ path)) as PagefindApi;
    // In the main thread: skips a worker start-up (about 90 ms here) on the first query; the index is small.
    await api.options({ excerptLength: 24, noWorker: true });
    await api.init();
    // Start compiling the WebAssembly core now (about 80 ms here), not on the first query.
    void api.preload?.('');
    return api;
  })();
  return loading;
}

/** Longest query we send: Pagefind has no use for more, and a huge one only costs time. */
export const MAX_QUERY = 200;

/** Trims and bounds a reader's query; the text itself stays as typed (Pagefind treats it as words). */
export function cleanQuery(raw: string): string {
  return raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY);
}
