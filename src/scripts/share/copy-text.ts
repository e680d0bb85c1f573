/**
 * "Copy citation" and the other copy buttons: `[data-copy-text]` copies its own text, `[data-copy-from]`
 * the text of the element it names (a citation format's once fetched: cite-formats.ts); `[data-cite-quote]`
 * (the article body's quote controls) copies the citation of that quote from the article's open data
 * (`data-quote-citations`: a JSON file fetched on the first such click, so the page does not carry them
 * all). Buttons show only where the page can copy (`.can-copy`); the result is announced in the page's
 * polite live region and shown on the button for a moment.
 */
import { announce } from '../announce.ts';
import { citeFormatText } from './cite-formats.ts';

const BUTTONS = '[data-copy-text], [data-copy-from], [data-cite-quote]';
let citations: Promise<Record<string, string>> | undefined;

/** The article's quote citations, by quote id: fetched once, on first use. */
function quoteCitations(): Promise<Record<string, string>> {
  const url = document.querySelector<HTMLElement>('[data-quote-citations]')?.dataset.quoteCitations;
  if (citations) return citations;
  citations = url
    ? fetch(url).then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
    : Promise.resolve({});
  // a failed fetch is tried again on the next click
  citations.catch(() => (citations = undefined));
  return citations;
}

/** The text a button copies, or undefined when there is none; a quote's citation may come later. */
function textFor(button: HTMLElement): string | Promise<string | undefined> | undefined {
  if (button.dataset.copyText !== undefined) return button.dataset.copyText;
  if (button.dataset.copyFrom) {
    const from = document.getElementById(button.dataset.copyFrom);
    return from ? (citeFormatText(from) ?? from.textContent ?? undefined) : undefined;
  }
  const id = button.dataset.citeQuote;
  return id ? quoteCitations().then((all) => all[id]) : undefined;
}

/** Writes text that may still be on its way: a ClipboardItem holding the promise keeps the click's user
 * activation while the citations load (where ClipboardItem is missing, the text is awaited first). */
async function write(text: string | Promise<string | undefined>): Promise<void> {
  if (typeof text === 'string') return navigator.clipboard.writeText(text);
  const blob = text.then((t) => {
    if (!t) throw new Error('no citation for this quote');
    return new Blob([t], { type: 'text/plain' });
  });
  if (typeof ClipboardItem === 'function' && navigator.clipboard.write)
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  return navigator.clipboard.writeText(await (await blob).text());
}

async function copy(button: HTMLElement): Promise<void> {
  const text = textFor(button);
  if (!text) return;
  const what = button.dataset.copyWhat ?? 'Citation';
  try {
    await write(text);
    button.dataset.copied = '';
    announce(`${what} copied`);
    window.setTimeout(() => delete button.dataset.copied, 1800);
  } catch {
    announce(`Could not copy the ${what.toLowerCase()}: select its text and copy it instead`);
  }
}

/** Handles the copy buttons' clicks (one listener for the page; CSS shows them where copying works). */
export function setupCopyButtons(): void {
  if (!navigator.clipboard) return;
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>(BUTTONS);
    if (button) void copy(button);
  });
}
