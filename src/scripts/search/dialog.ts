import type { SearchHandle } from './controller.ts';
import { urls } from '../../lib/urls.ts';

/**
 * The search dialog on every page: opened by the header's Search link, by "/"
 * and by Ctrl/Cmd+K. Pages do not carry its markup: the first opening takes it from
 * the search page's template (`SearchDialog.astro`, one source for both) while the
 * search code loads, and keeps the keys typed meanwhile.
 */

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Calls `action` on "/" (outside text fields) and on Ctrl/Cmd+K. */
function onSearchShortcut(action: () => void): void {
  document.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && k === 'k') {
      event.preventDefault();
      action();
    } else if (
      event.key === '/' &&
      !isTyping(event.target) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      event.preventDefault();
      action();
    }
  });
}

/** Calls `action` on a click on the header's Search link (a modified click still opens /search/ in a new tab). */
function onSearchLink(action: () => void): void {
  for (const trigger of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]')) {
    trigger.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      action();
    });
  }
}

/** Collects the characters typed until `stop()`, for a search box that does not exist yet. */
function bufferKeys(): { stop: () => string } {
  let typed = '';
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey, true);
  return {
    stop: () => {
      document.removeEventListener('keydown', onKey, true);
      return typed;
    },
  };
}

/**
 * The search page's stylesheets that this page lacks, added and loaded: an article links only the
 * rules its own markup uses (scripts/lib/article-stylesheet.ts), the search page the site's whole
 * stylesheet, a superset in the same order, so the page looks the same with both.
 */
async function adoptStylesheets(doc: Document): Promise<void> {
  const have = new Set([...document.styleSheets].map((sheet) => sheet.href));
  const base = new URL(urls.search(), window.location.href);
  const loads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
    .map((link) => new URL(link.getAttribute('href')!, base).href)
    .filter((href) => !have.has(href))
    .map((href) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
      document.head.append(link);
      return Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 3000))]);
    });
  await Promise.all(loads);
}

/** The dialog's markup, from the template on the search page, with the stylesheet it needs. */
async function fetchDialog(): Promise<HTMLDialogElement> {
  const response = await fetch(urls.search());
  if (!response.ok) throw new Error(`${urls.search()} answered ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const template = doc.querySelector<HTMLTemplateElement>('template#search-dialog-template');
  const dialog = template?.content.querySelector('dialog');
  if (!dialog) throw new Error(`${urls.search()} has no search dialog template`);
  await adoptStylesheets(doc);
  return document.importNode(dialog, true);
}

/** Adds the dialog to the page and wires closing it. */
function attach(dialog: HTMLDialogElement, returnFocus: () => void): void {
  dialog.addEventListener('close', returnFocus);
  // Escape in a search field would only clear it; here it closes the dialog, as readers expect.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  document.body.append(dialog);
}

/** Wires the dialog's shortcuts; its markup and the search code arrive on first open. */
export function setupSearchDialog(): void {
  const pageField = document.querySelector<HTMLInputElement>(
    '[data-search-panel="page-search"] input[type="search"]',
  );
  if (pageField) {
    // The search page has its own box: the shortcuts go there instead of opening a second one.
    const focusField = () => {
      pageField.focus();
      pageField.select();
    };
    onSearchShortcut(focusField);
    onSearchLink(focusField);
    return;
  }
  let dialog: Promise<HTMLDialogElement> | undefined;
  let mounted: Promise<SearchHandle> | undefined;
  let opener: HTMLElement | null = null;
  let opening = false;

  const open = async () => {
    if (opening || document.querySelector<HTMLDialogElement>('dialog#search-dialog')?.open) return;
    opening = true;
    opener = document.activeElement as HTMLElement | null;
    const typed = bufferKeys();
    // The markup, the panel's code and Pagefind load side by side.
    void import('./pagefind-client.ts').then(({ loadPagefind }) => loadPagefind()).catch(() => undefined);
    const code = import('./controller.ts');
    let el: HTMLDialogElement;
    try {
      el = await (dialog ??= fetchDialog().then((d) => (attach(d, () => opener?.focus()), d)));
    } catch {
      typed.stop();
      opening = false;
      dialog = undefined;
      window.location.assign(urls.search()); // the search page works on its own
      return;
    }
    const panel = el.querySelector<HTMLElement>('[data-search-panel]')!;
    const field = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
    el.showModal();
    const first = !mounted;
    const text = typed.stop();
    if (first || text) field.value = text;
    field.focus();
    if (!text) field.select();
    opening = false;
    mounted ??= code.then(({ mountSearch }) => mountSearch(panel, { syncUrl: false }));
    const { run, warm } = await mounted;
    void warm();
    // Keys typed while the panel's code loaded are in the box but were never searched.
    if ((first || text) && field.value.trim()) void run();
  };

  for (const trigger of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]'))
    trigger.setAttribute('aria-haspopup', 'dialog');
  onSearchLink(() => void open());
  onSearchShortcut(() => void open());
}
