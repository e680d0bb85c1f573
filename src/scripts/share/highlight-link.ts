/**
 * "Copy link to highlight": when a reader selects words in the article, a button offers a link that
 * opens the page on that passage, highlighted: `#<paragraph>:~:text=…`. Browsers with text fragments
 * scroll to and mark the words; others land on the paragraph (the anchor before `:~:`), and
 * `applyTextFragment` below marks the words for them. Loaded only when a reader selects text in the
 * article, or when a page opens on such a link in a browser without text fragments.
 */
import { directiveFor, findDirective, highlightUrl, normalise, parseFragment } from './text-fragment.ts';
import { announce } from '../announce.ts';

/** Elements whose text is the site's, not the article's: controls, speaker chips, screen-reader labels. */
const UI = '[data-pagefind-ignore], .sr-only, button, .highlight-link';
const BLOCK = '[data-block]';

/** The article's text nodes, with whether each is the article's own text and which block holds it. */
function textNodes(root: Element): { node: Text; ui: boolean; block: Element | null }[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: { node: Text; ui: boolean; block: Element | null }[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    // Text the reader does not see (a speaker note with the analysis layer off) is not on the page
    // for the browser's text search either: it neither counts nor breaks a run of words.
    if (parent && !rendered(parent)) continue;
    out.push({
      node: n as Text,
      ui: !parent || parent.closest(UI) !== null,
      block: parent?.closest(BLOCK) ?? null,
    });
  }
  return out;
}

/**
 * False for an element inside `display: none` (checkVisibility would also refuse the analysis
 * layer's `display: contents` wrappers, whose text is on screen).
 */
function rendered(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return false;
  return true;
}

const WORD = /[\p{L}\p{N}]/u;

/** The range grown to whole words at both ends (a text fragment only matches whole words). */
function toWholeWords(range: Range): Range {
  const r = range.cloneRange();
  if (r.startContainer.nodeType === Node.TEXT_NODE) {
    const text = r.startContainer.nodeValue ?? '';
    let i = r.startOffset;
    while (i > 0 && WORD.test(text[i - 1]!) && WORD.test(text[i] ?? '')) i--;
    r.setStart(r.startContainer, i);
  }
  if (r.endContainer.nodeType === Node.TEXT_NODE) {
    const text = r.endContainer.nodeValue ?? '';
    let i = r.endOffset;
    while (i < text.length && WORD.test(text[i]!) && WORD.test(text[i - 1] ?? '')) i++;
    r.setEnd(r.endContainer, i);
  }
  return r;
}

/** The selection's runs of article words, and the words just before and after it in the same run. */
function selectionText(nodes: ReturnType<typeof textNodes>, range: Range) {
  const runs: string[] = [];
  let run = '';
  let before = '';
  let after = '';
  let state: 'before' | 'in' | 'after' = 'before';
  let block: Element | null | undefined;
  for (const n of nodes) {
    const text = n.node.nodeValue ?? '';
    // A control, a speaker chip or a new paragraph breaks the run of words.
    const breaks = n.ui || n.block !== block;
    block = n.block;
    const inRange = range.intersectsNode(n.node);
    if (state === 'before' && !inRange) {
      if (breaks) before = '';
      if (!n.ui) before += text;
      continue;
    }
    if (state === 'before') {
      state = 'in';
      if (breaks) before = '';
    } else if (state === 'in' && !inRange) state = 'after';
    if (state === 'in') {
      if (breaks && run) {
        runs.push(run);
        run = '';
      }
      if (n.ui) continue;
      const from = n.node === range.startContainer ? range.startOffset : 0;
      const to = n.node === range.endContainer ? range.endOffset : text.length;
      if (!runs.length && !run) before += text.slice(0, from);
      run += text.slice(from, to);
      if (n.node === range.endContainer) {
        after = text.slice(to);
        state = 'after';
      }
      continue;
    }
    if (breaks) break;
    after += text;
  }
  if (run) runs.push(run);
  return { runs, before, after };
}

/** What a selection in the article links to: its paragraph's anchor and its text directive. */
export function linkForRange(root: Element, selected: Range, page = window.location.href): string | null {
  const range = toWholeWords(selected);
  const start = range.startContainer;
  const anchor = (start instanceof Element ? start : start.parentElement)?.closest(BLOCK)?.id;
  if (!anchor) return null;
  const nodes = textNodes(root);
  const { runs, before, after } = selectionText(nodes, range);
  const first = normalise(runs[0] ?? '').toLowerCase();
  if (!first) return null;
  // Context words are added only when the words alone occur more than once in the article.
  const articleText = normalise(
    nodes
      .filter((n) => !n.ui)
      .map((n) => n.node.nodeValue)
      .join(' '),
  ).toLowerCase();
  const once = articleText.indexOf(first);
  const ambiguous = once >= 0 && articleText.indexOf(first, once + 1) >= 0;
  const directive = directiveFor(runs, { before, after }, ambiguous);
  return directive ? highlightUrl(page, anchor, directive) : null;
}

let panel: HTMLElement | null = null;
let link: string | null = null;

function hide(): void {
  panel?.remove();
  panel = null;
  link = null;
}

/** The button, placed after the paragraph where the selection ends (next in tab order) and beside it on screen. */
function show(root: Element, range: Range, url: string): void {
  const announceIt = !panel;
  link = url;
  if (!panel) {
    panel = document.createElement('div');
    panel.className = 'highlight-link';
    panel.dataset.pagefindIgnore = '';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy link to highlight';
    button.addEventListener('pointerdown', (e) => e.preventDefault()); // keep the selection
    button.addEventListener('click', () => void copyLink(button));
    panel.append(button);
  }
  const endBlock = (range.endContainer.parentElement ?? (range.endContainer as Element)).closest(BLOCK);
  const after = endBlock && root.contains(endBlock) ? endBlock : root.lastElementChild;
  if (after && panel.previousElementSibling !== after) after.after(panel);
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const box = (panel.offsetParent ?? document.body).getBoundingClientRect();
  const width = panel.offsetWidth || 200;
  const left = Math.min(Math.max(last.right - box.left - width / 2, 0), Math.max(0, box.width - width));
  panel.style.top = `${last.bottom - box.top + 8}px`;
  panel.style.left = `${left}px`;
  // A click in the text focuses its container (main is the skip link's target, tabindex -1), and Tab
  // would then start from the container's top; without that focus, Tab goes on from the selection.
  const active = document.activeElement;
  if (
    active instanceof HTMLElement &&
    active.getAttribute('tabindex') === '-1' &&
    active.contains(range.startContainer)
  )
    active.blur();
  if (announceIt) announce('Copy link to highlight: the button follows this paragraph');
}

async function copyLink(button: HTMLButtonElement): Promise<void> {
  if (!link) return;
  try {
    await navigator.clipboard.writeText(link);
    button.dataset.copied = '';
    button.textContent = 'Link copied';
    announce('Link to highlight copied');
    window.setTimeout(() => {
      delete button.dataset.copied;
      button.textContent = 'Copy link to highlight';
    }, 1800);
  } catch {
    // No clipboard: show the link, selected, to copy by hand.
    const field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.value = link;
    field.setAttribute('aria-label', 'Link to highlight: copy it');
    button.replaceWith(field);
    field.focus();
    field.select();
    announce('Could not copy: the link is selected, copy it with Ctrl+C or Cmd+C');
  }
}

/** Watches selections in the article and offers the link for each. */
export function startHighlightLinks(root: Element): void {
  let timer = 0;
  let focusMoved = 0;
  /** `settled`: the reader finished a selection (pointer or key released), not a focus move. */
  const update = (settled: boolean) => {
    // Tabbing through the links of a selection moves the selection's edge in some browsers: keep the
    // link the reader made rather than follow the focus.
    if (!settled && panel && performance.now() - focusMoved < 400) return;
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      if (!panel?.contains(document.activeElement)) hide();
      return;
    }
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return hide();
    if (!normalise(selection.toString())) return hide();
    const url = linkForRange(root, range);
    if (url) show(root, range, url);
    else hide();
  };
  document.addEventListener('focusin', () => (focusMoved = performance.now()));
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update(false), 200);
  });
  // While a drag is still selecting (this code may arrive mid-drag), the panel must not catch the
  // pointer: over it, the selection would jump to the panel's place after the paragraph.
  document.addEventListener('pointermove', (e) => {
    if (panel) panel.style.pointerEvents = e.buttons ? 'none' : '';
  });
  document.addEventListener('pointerup', () => {
    if (panel) panel.style.pointerEvents = '';
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update(true), 0);
  });
  document.addEventListener('keyup', (e) => {
    // Shift with an arrow, Home, End or Page key extends a selection from the keyboard.
    if (e.shiftKey && /^(Arrow|Home|End|Page)/.test(e.key)) {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => update(true), 200);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && panel) {
      hide();
      window.getSelection()?.removeAllRanges();
    }
  });
  update(true);
}

/**
 * For browsers without text fragments: marks the passage a `:~:text=` link names (from the address, or
 * the navigation entry where the browser dropped the directive) and scrolls it into view.
 */
export function applyTextFragment(root: Element): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const source = window.location.hash.includes(':~:') ? window.location.hash : (nav?.name ?? '');
  const { anchor, directives } = parseFragment(source);
  const target = anchor ? document.getElementById(anchor) : null;
  target?.scrollIntoView({ block: 'start', behavior: 'instant' });
  const nodes = textNodes(root).filter((n) => !n.ui);
  let text = '';
  const starts: number[] = [];
  for (const n of nodes) {
    starts.push(text.length);
    text += (n.node.nodeValue ?? '') + (n.block ? '' : ' ');
  }
  let first: HTMLElement | null = null;
  for (const d of directives) {
    const at = findDirective(text, d);
    if (!at) continue;
    // Wrap the matched part of each text node, last first so earlier offsets stay valid.
    for (let i = nodes.length - 1; i >= 0; i--) {
      const from = Math.max(at.start, starts[i]!);
      const to = Math.min(at.end, starts[i]! + (nodes[i]!.node.nodeValue ?? '').length);
      if (from >= to) continue;
      const node = nodes[i]!.node;
      const middle = node.splitText(from - starts[i]!);
      middle.splitText(to - from);
      const mark = document.createElement('mark');
      mark.className = 'text-fragment';
      middle.replaceWith(mark);
      mark.append(middle);
      first = mark;
    }
  }
  // A landing, not a move within the page: jump, as the browser does for an anchor.
  first?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return first !== null;
}
