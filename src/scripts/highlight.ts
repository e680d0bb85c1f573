/**
 * Marks the searched words on a page reached from a search result (?highlight=…)
 * and brings the anchored paragraph or quote into view.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON']);

/** Words of a query worth marking: quotes stripped, at least two letters. */
export function highlightTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .replace(/["“”]/g, ' ')
        .split(/\s+/)
        .map((t) => t.trim())
        .filter((t) => t.length >= 2),
    ),
  ].slice(0, 10);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wraps every occurrence of the terms inside `root` (word starts, any case) in <mark class="search-hit">. */
export function markTerms(root: HTMLElement, terms: string[]): number {
  if (!terms.length) return 0;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement &&
      !SKIP.has(node.parentElement.tagName) &&
      !node.parentElement.closest('[data-pagefind-ignore]')
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      fragment.append(text.slice(last, at));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      fragment.append(mark);
      last = at + m[0].length;
      count++;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return count;
}

/** Runs on pages opened with ?highlight=. */
export function applyHighlight(): void {
  const query = new URLSearchParams(window.location.search).get('highlight');
  if (!query) return;
  const root =
    document.querySelector<HTMLElement>('[data-pagefind-body]') ??
    document.querySelector<HTMLElement>('main');
  if (!root) return;
  markTerms(root, highlightTerms(query.slice(0, 200)));
  const id = fragmentId(window.location.hash);
  const target = id ? document.getElementById(id) : null;
  target?.scrollIntoView({ block: 'start' });
}

/** The id a fragment names; a malformed escape (`#%E0%A4%A`) is read as written instead of throwing. */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
