/**
 * The page's handle on Pagefind, started the first time a reader starts to search: a worker
 * (search-worker.ts) that runs every query off the page's thread, or, where no module worker can
 * start (an old browser, a failed script), Pagefind in the page itself, as before.
 */
import { loadPagefindHere, type SearchApi } from './pagefind.ts';
import type { HitSummary, WorkerAnswer, WorkerCall } from './search-worker.ts';

/** Pagefind in a module worker; resolves once the worker has its index ready to search. */
function startWorker(base: string, language: string): Promise<SearchApi> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: Error | undefined;
  worker.addEventListener('message', ({ data }: MessageEvent<WorkerAnswer>) => {
    const call = waiting.get(data.id);
    if (!call) return;
    waiting.delete(data.id);
    if (data.error !== undefined) call.reject(new Error(data.error));
    else call.resolve(data.result);
  });
  worker.addEventListener('error', (event) => {
    broken = new Error(`search worker: ${event.message || 'it did not start'}`);
    for (const call of waiting.values()) call.reject(broken);
    waiting.clear();
  });
  const call = <T>(method: WorkerCall['method'], ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = ++next;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, method, args } satisfies WorkerCall);
    });
  const api: SearchApi = {
    search: async (query, options) => {
      const response = await call<{ results: HitSummary[] } | null>('search', query, options);
      return (
        response && {
          results: response.results.map((hit) => ({
            id: hit.id,
            score: hit.score,
            data: () => call('data', hit.key),
          })),
        }
      );
    },
    filters: () => call('filters'),
    preload: (query) => call('preload', query),
  };
  return call('init', base, language).then(() => api);
}

let loading: Promise<SearchApi> | undefined;

/** The search API, started the first time someone starts to search (in a worker when one can run). */
export function loadPagefind(): Promise<SearchApi> {
  loading ??= (async () => {
    const base = new URL('/pagefind/', window.location.href).href;
    const language = document.documentElement.lang || 'unknown';
    try {
      return await startWorker(base, language);
    } catch {
      // The worker could not start or load Pagefind: search in the page (if Pagefind itself is
      // missing, this fails too, and the panel says the index could not load).
      return loadPagefindHere(window, base, language);
    }
  })();
  return loading;
}
