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

/** Remembers the analysis layer's switch (the inline script beside it restores it before paint). */
function setupAnalysisSwitch(): void {
  const box = document.getElementById('show-analysis') as HTMLInputElement | null;
  box?.addEventListener('change', () => {
    try {
      localStorage.setItem('analysis-layer', box.checked ? 'on' : 'off');
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
  });
}

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
setupAnalysisSwitch();
setupCopyLinks();
setupPermalinkToolbars();
setupSearchDialog();
if (new URLSearchParams(window.location.search).has('highlight')) {
  void import('./highlight.ts').then((m) => m.applyHighlight());
}
