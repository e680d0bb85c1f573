/**
 * "Copy citation" and the other copy buttons: `[data-copy-text]` copies its own text, `[data-copy-from]`
 * the text of the element it names; `[data-cite-quote]` (the article body's quote controls) copies the
 * citation the page lists for that quote in `#quote-citations`. Buttons show only where the page can copy (`.can-copy`); the result is announced in the
 * page's polite live region and shown on the button for a moment.
 */
import { announce } from '../announce.ts';

const BUTTONS = '[data-copy-text], [data-copy-from], [data-cite-quote]';
let citations: Record<string, string> | undefined;

/** The page's quote citations, by quote id. */
function quoteCitations(): Record<string, string> {
  if (!citations) {
    const data = document.getElementById('quote-citations')?.textContent;
    citations = data ? (JSON.parse(data) as Record<string, string>) : {};
  }
  return citations;
}

function textFor(button: HTMLElement): string | undefined {
  if (button.dataset.copyText !== undefined) return button.dataset.copyText;
  if (button.dataset.copyFrom)
    return document.getElementById(button.dataset.copyFrom)?.textContent ?? undefined;
  const id = button.dataset.citeQuote;
  return id ? quoteCitations()[id] : undefined;
}

async function copy(button: HTMLElement): Promise<void> {
  const text = textFor(button);
  if (!text) return;
  const what = button.dataset.copyWhat ?? 'Citation';
  try {
    await navigator.clipboard.writeText(text);
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
