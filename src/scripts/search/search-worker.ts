/**
 * The search worker: Pagefind runs here, off the page's thread, so that no query blocks typing. On a
 * large archive a common prefix costs Pagefind's WebAssembly seconds ("th" over 5,000 articles), and
 * in the page that froze the box. The page (pagefind-client.ts) sends one call at a time per panel;
 * a result's data is loaded here when the page asks for it, and only the hits' ids and scores cross
 * over (not the word locations Pagefind keeps for its excerpts).
 */
import { loadPagefindHere, type SearchApi, type SearchHit } from './pagefind.ts';

/** A call from the page. */
export interface WorkerCall {
  id: number;
  method: 'init' | 'search' | 'data' | 'preload' | 'filters';
  args: unknown[];
}

/** The answer to a call: its result, or the error's message. */
export interface WorkerAnswer {
  id: number;
  result?: unknown;
  error?: string;
}

/** A hit as it crosses to the page: `key` asks for its data. */
export interface HitSummary {
  id: string;
  score: number;
  key: string;
}

/** How many searches' hits keep their data callable (the latest is the one a panel shows). */
const KEPT_SEARCHES = 4;

const scope = self as unknown as {
  fetch: typeof fetch;
  postMessage: (answer: WorkerAnswer) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<WorkerCall>) => void) => void;
};
let api: Promise<SearchApi> | undefined;
let searches = 0;
const hits = new Map<number, SearchHit[]>();

async function answer(call: WorkerCall): Promise<unknown> {
  if (call.method === 'init') {
    const [base, language] = call.args as [string, string];
    api ??= loadPagefindHere(scope, base, language);
    await api;
    return true;
  }
  if (!api) throw new Error('search worker: init first');
  const pagefind = await api;
  switch (call.method) {
    case 'search': {
      const [query, options] = call.args as Parameters<SearchApi['search']>;
      const response = await pagefind.search(query, options);
      if (!response) return null;
      const n = ++searches;
      hits.set(n, response.results);
      hits.delete(n - KEPT_SEARCHES);
      return {
        results: response.results.map((h, i): HitSummary => ({ id: h.id, score: h.score, key: `${n}:${i}` })),
      };
    }
    case 'data': {
      const [n, i] = String(call.args[0]).split(':').map(Number);
      const hit = hits.get(n!)?.[i!];
      if (!hit) throw new Error('search worker: that search was replaced by newer ones');
      return hit.data();
    }
    case 'preload':
      return pagefind.preload(String(call.args[0]));
    case 'filters':
      return pagefind.filters();
  }
}

scope.addEventListener('message', ({ data: call }) => {
  answer(call).then(
    (result) => scope.postMessage({ id: call.id, result }),
    (error: unknown) =>
      scope.postMessage({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
