import { setupSearchDialog } from './search/dialog.ts';
import { setupSearchPage } from './search/page.ts';
import { setupFilter } from './filter.ts';
import { setupThemeToggle } from './theme.ts';
import { setupCopyButtons } from './share/copy-text.ts';
import { setupCiteFormats } from './share/cite-formats.ts';
import { setupHighlightLinks } from './share/highlight-loader.ts';
import { announce } from './announce.ts';

/**
 * Progressive enhancement only, loaded on the reader's first interaction (`boot.ts`): the theme
 * toggle, copy-link buttons, the search dialog's shortcuts and the search page (the search code
 * itself loads on first use), the actors filter and search highlights. Everything else on the
 * page works without JavaScript.
 */

/**
 * Each paragraph's ¶ link and copy button form a toolbar with one tab stop (the ¶ link): the arrow
 * keys, Home and End move between the two.
 */
function setupPermalinkToolbars(): void {
  for (const bar of document.querySelectorAll<HTMLElement>('.permalinks')) {
    bar.setAttribute('role', 'toolbar');
    const link = bar.querySelector<HTMLAnchorElement>('a.permalink');
    bar.setAttribute('aria-label', link?.getAttribute('aria-label') ?? 'Link to this paragraph');
    bar.addEventListener('keydown', (event) => {
      const controls = [...bar.querySelectorAll<HTMLElement>('a, button:not([hidden])')];
      const at = controls.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      const next =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? (at + 1) % controls.length
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? (at - 1 + controls.length) % controls.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? controls.length - 1
                : -1;
      if (next < 0) return;
      event.preventDefault();
      // Roving tab stop: the control the reader is on is the one Tab comes back to.
      controls.forEach((c, i) => (c.tabIndex = i === next ? 0 : -1));
      controls[next]!.focus();
    });
  }
}

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

setupThemeToggle(announce);
setupCopyLinks();
setupCopyButtons();
setupCiteFormats();
setupHighlightLinks();
setupPermalinkToolbars();
setupSearchDialog();
setupFilter();
const searchPanel = document.querySelector<HTMLElement>('[data-search-panel="page-search"]');
if (searchPanel) setupSearchPage(searchPanel);
if (new URLSearchParams(window.location.search).has('highlight')) {
  void import('./highlight.ts').then((m) => m.applyHighlight());
}
