/**
 * Makes Pagefind's cold start shorter without changing what it does:
 *
 * 1. Parallel start. pagefind.js, once loaded, fetches its entry file, then the metadata and the
 *    WebAssembly core, one after the other. We fetch the entry as soon as a reader starts to search,
 *    at the same time as pagefind.js, and the metadata and core as soon as the entry is in, so the
 *    three arrive while pagefind.js is still loading. Pagefind's own requests for those URLs are
 *    answered from these responses (each used once); if its URLs ever differ, it simply fetches
 *    them itself and nothing breaks.
 * 2. Native decompression. Pagefind's data files are gzip; when the host does not decode them,
 *    pagefind.js inflates them in JavaScript, which costs tens of milliseconds on a cold page. The
 *    browser's own DecompressionStream does it in a few, and Pagefind accepts already-decoded data
 *    (it starts with the "pagefind_dcd" signature and is passed through untouched).
 *
 * Only requests under Pagefind's own folder are touched; every other fetch goes straight through.
 */

/** Pagefind's data files (gzip on disk): core, metadata, index and filter chunks, fragments. */
export const PAGEFIND_DATA = /\.(?:pagefind|pf_meta|pf_index|pf_filter|pf_fragment)(?:\?.*)?$/;

/** The subset of pagefind-entry.json we read. */
export interface PagefindEntry {
  languages?: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** The language index Pagefind will pick for a page language (the same rule as its findIndex). */
export function chooseIndex(
  entry: PagefindEntry,
  language: string,
): { hash: string; wasm: string } | undefined {
  const languages = entry.languages ?? {};
  const lang = language.toLowerCase();
  const index =
    languages[lang] ??
    languages[lang.split('-')[0]!] ??
    Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  return index ? { hash: index.hash, wasm: index.wasm || 'unknown' } : undefined;
}

/** True when bytes begin with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * A response with its body gunzipped by the browser, or the same response when the body is not
 * gzip (the host already decoded it) or the browser has no DecompressionStream.
 */
export async function decoded(response: Response): Promise<Response> {
  if (!response.ok || typeof DecompressionStream === 'undefined') return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  let body: ArrayBuffer | Uint8Array = bytes;
  if (isGzip(bytes)) {
    try {
      body = await new Response(
        new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')),
      ).arrayBuffer();
    } catch {
      body = bytes; // leave it to Pagefind's own inflater, which reports a broken file by name
    }
  }
  return new Response(body as BodyInit, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

type Fetch = typeof fetch;

/**
 * Installs the fetch wrapper for one Pagefind folder and starts the early requests.
 * Returns the cache tag to give Pagefind (`metaCacheTag`), so its entry URL is the one fetched here.
 */
export function prepare(base: string, language: string, win: { fetch: Fetch } = window): string {
  const native = win.fetch.bind(win);
  const early = new Map<string, Promise<Response>>();
  const get = (url: string) => native(url).then((r) => (PAGEFIND_DATA.test(url) ? decoded(r) : r));
  const start = (url: string) => {
    const pending = get(url);
    pending.catch(() => undefined); // a failed early request is retried by Pagefind's own
    early.set(url, pending);
    return pending;
  };

  win.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), base).href;
    if (!url.startsWith(base) || (init && init.method && init.method !== 'GET')) return native(input, init);
    const ready = early.get(url);
    if (ready) {
      early.delete(url);
      return ready.catch(() => get(url));
    }
    return PAGEFIND_DATA.test(url) ? native(input, init).then(decoded) : native(input, init);
  };

  // Unique per page load, like Pagefind's default (Date.now()), so a new index is never hidden by a cache.
  const tag = `${Date.now()}`;
  const entryUrl = `${base}pagefind-entry.json?ts=${tag}`;
  // Pagefind gets the entry only once the metadata and core requests have gone out: were it to read
  // the entry first, it would request them itself and each would be fetched twice.
  const entry = get(entryUrl).then(async (response) => {
    try {
      const index = chooseIndex((await response.clone().json()) as PagefindEntry, language);
      if (index) {
        start(`${base}pagefind.${index.hash}.pf_meta`);
        start(`${base}wasm.${index.wasm}.pagefind`);
      }
    } catch {
      // not JSON: Pagefind reports it when it reads the entry itself
    }
    return response;
  });
  entry.catch(() => undefined); // a failed early request is retried by Pagefind's own
  early.set(entryUrl, entry);
  return tag;
}
