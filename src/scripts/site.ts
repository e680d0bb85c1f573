import { setupSearchDialog } from './search/dialog.ts';

/**
 * Progressive enhancement only: the theme toggle, copy-link buttons, the search
 * dialog's shortcuts (the search code itself loads on first use) and search highlights.
 * Everything else on the page works without JavaScript.
 */

function setupThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const render = () => {
    const dark = root.classList.contains('dark');
    button.setAttribute('aria-pressed', String(dark));
  };
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const dark = !root.classList.contains('dark');
    root.classList.toggle('dark', dark);
    try {
      localStorage.setItem('theme', dark ? 'dark' : 'light');
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    render();
  });
}

function setupCopyLinks(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link[data-anchor]')) {
    button.hidden = false;
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

setupThemeToggle();
setupCopyLinks();
setupSearchDialog();
if (new URLSearchParams(window.location.search).has('highlight')) {
  void import('./highlight.ts').then((m) => m.applyHighlight());
}
