import { setupSearchDialog } from './search/dialog.ts';
import { setupSearchPage } from './search/page.ts';
import { setupFilter } from './filter.ts';
import { setupThemeToggle } from './theme.ts';

/**
 * Progressive enhancement only, loaded on the reader's first interaction (`boot.ts`): the theme
 * toggle, copy-link buttons, the search dialog's shortcuts and the search page (the search code
 * itself loads on first use), the actors filter and search highlights. Everything else on the
 * page works without JavaScript.
 */

function setupCopyLinks(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link[data-anchor]')) {
    button.addEventListener('click', async () => {
      // The clean permalink: no ?highlight= or other state from how the reader got here.
      const url = new URL(window.location.pathname, window.location.origin);
      url.hash = button.dataset.anchor ?? '';
      try {
        await navigator.clipboard.writeText(url.toString());
        button.dataset.copied = '';
        announce('Link copied');
        window.setTimeout(() => delete button.dataset.copied, 1500);
      } catch {
        announce('Could not copy the link; use the ¶ link instead');
      }
    });
  }
}

/** Speaks a short status through the page's polite live region. */
function announce(message: string): void {
  const region = document.getElementById('status');
  if (region) region.textContent = message;
}

setupThemeToggle(announce);
setupCopyLinks();
setupSearchDialog();
setupFilter();
const searchPanel = document.querySelector<HTMLElement>('[data-search-panel="page-search"]');
if (searchPanel) setupSearchPage(searchPanel);
if (new URLSearchParams(window.location.search).has('highlight')) {
  void import('./highlight.ts').then((m) => m.applyHighlight());
}
