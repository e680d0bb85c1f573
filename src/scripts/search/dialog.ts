import type { SearchHandle } from './controller.ts';

/**
 * The search dialog on every page: opened by the header's Search link, by "/"
 * and by Ctrl/Cmd+K. The search code loads only when it opens.
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

/** Wires the dialog and its shortcuts; search itself is imported on first open. */
export function setupSearchDialog(): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
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
  if (!dialog) return;
  const panel = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
  let mounted: Promise<SearchHandle> | undefined;
  let opener: HTMLElement | null = null;

  const open = async () => {
    if (dialog.open) return;
    opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    // Focus at once, so keys typed while the search code loads are not lost.
    const field = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
    field.focus();
    field.select();
    const first = !mounted;
    mounted ??= import('./controller.ts').then(({ mountSearch }) => mountSearch(panel, { syncUrl: false }));
    const { run, warm } = await mounted;
    void warm();
    if (first && field.value.trim()) void run();
  };

  dialog.addEventListener('close', () => opener?.focus());
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

  for (const trigger of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]'))
    trigger.setAttribute('aria-haspopup', 'dialog');
  onSearchLink(() => void open());
  onSearchShortcut(() => void open());
}
