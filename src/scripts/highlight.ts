/**
 * Marks the searched words on a page reached from a search result (?highlight=…) and brings the
 * anchored paragraph or quote into view. A query of several words is marked as a phrase where the
 * page holds it (across links and marks inside a paragraph), and nowhere else; otherwise its words
 * are marked, only in the paragraph or quote the result linked to when there is one.
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

/** The text nodes a reader sees as the page's text: not UI (data-pagefind-ignore), not scripts. */
function textNodes(root: HTMLElement): Text[] {
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
  return nodes;
}

/** Wraps [start, end) of each text node in a <mark class="search-hit">, right to left. */
function wrapPieces(pieces: { node: Text; start: number; end: number }[]): void {
  for (const { node, start, end } of pieces.reverse()) {
    const text = node.nodeValue ?? '';
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.textContent = text.slice(start, end);
    const after = document.createTextNode(text.slice(end));
    node.nodeValue = text.slice(0, start);
    node.after(mark, after);
  }
}

/** Wraps every occurrence of the terms inside `root` (word starts, any case) in <mark class="search-hit">. */
export function markTerms(root: HTMLElement, terms: string[]): number {
  if (!terms.length) return 0;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  let count = 0;
  for (const node of textNodes(root)) {
    const pieces = [...(node.nodeValue ?? '').matchAll(pattern)].map((m) => ({
      node,
      start: m.index,
      end: m.index + m[0].length,
    }));
    // Right to left within the node, so earlier offsets stay valid.
    for (const piece of pieces.reverse()) wrapPieces([piece]);
    count += pieces.length;
  }
  return count;
}

/**
 * Marks each occurrence of the words of `terms` in a row, as a phrase, inside each block of `root`
 * (a paragraph or heading, across the links and marks inside it). Returns how many it marked.
 */
export function markPhrase(root: HTMLElement, terms: string[]): number {
  if (terms.length < 2) return 0;
  const words = terms.map((t) => escapeRegExp(t).replace(/'/g, "['’]"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\p{P}]+')}(?![\\p{L}\\p{N}])`, 'giu');
  const blocks = root.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, li, blockquote, dd, td, th');
  let count = 0;
  for (const block of blocks.length ? blocks : [root]) {
    if (block.querySelector('p, li, blockquote')) continue; // only the innermost blocks
    const nodes = textNodes(block);
    const starts: number[] = [];
    let text = '';
    for (const node of nodes) {
      starts.push(text.length);
      text += node.nodeValue ?? '';
    }
    const pieces: { node: Text; start: number; end: number }[] = [];
    for (const m of text.matchAll(pattern)) {
      const from = m.index;
      const to = from + m[0].length;
      nodes.forEach((node, i) => {
        const s = starts[i]!;
        const e = s + (node.nodeValue ?? '').length;
        if (e > from && s < to) pieces.push({ node, start: Math.max(from, s) - s, end: Math.min(to, e) - s });
      });
      count++;
    }
    // Pieces come in document order; wrap from the last so offsets in a node stay valid.
    wrapPieces(pieces);
  }
  return count;
}

/**
 * A first mention carries its words twice (plain, and as the link the analysis layer shows): after
 * marking the plain words, the link gets the same marks, so they show in both states.
 */
function syncMentionLinks(root: HTMLElement): void {
  for (const text of root.querySelectorAll<HTMLElement>('.mention-text')) {
    const link = text.nextElementSibling;
    if (link?.classList.contains('mention-link') && text.querySelector('mark'))
      link.replaceChildren(...[...text.cloneNode(true).childNodes]);
  }
}

/** Runs on pages opened with ?highlight=. */
export function applyHighlight(): void {
  const query = new URLSearchParams(window.location.search).get('highlight');
  if (!query) return;
  const root =
    document.querySelector<HTMLElement>('[data-pagefind-body]') ??
    document.querySelector<HTMLElement>('main');
  if (!root) return;
  const id = fragmentId(window.location.hash);
  const target = id ? document.getElementById(id) : null;
  const terms = highlightTerms(query.slice(0, 200));
  // The phrase wherever the page holds it; failing that, the words where the result pointed.
  if (markPhrase(root, terms) === 0) markTerms(target && root.contains(target) ? target : root, terms);
  syncMentionLinks(root);
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
