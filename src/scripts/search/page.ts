/**
 * The search page's part of the site script (which loads on the reader's first interaction).
 * The search code (the panel's behaviour and Pagefind) loads when the reader starts to search:
 * on their first focus in the panel, or at once for a shared link (?q=…). Until it is in, the
 * form still works: a submit waits for the code instead of reloading the page, and keys typed
 * meanwhile stay in the box.
 */
import type { SearchHandle } from './controller.ts';

/** Wires the search page's panel: its code loads on the first focus in it, or at once for a link. */
export function setupSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  let mounted: Promise<SearchHandle> | undefined;

  const holdSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    mount().then(
      (search) => search.run(true),
      () => {
        // The search code could not load: fall back to the plain form (it submits ?q= to this page).
        form.removeEventListener('submit', holdSubmit);
        form.submit();
      },
    );
  };
  const mount = () =>
    (mounted ??= import('./controller.ts').then(({ mountSearch }) => {
      form.removeEventListener('submit', holdSubmit);
      return mountSearch(root, { syncUrl: true });
    }));

  /** Starts loading Pagefind alongside the panel's code rather than after it. */
  const start = () => {
    void import('./pagefind-client.ts').then(({ loadPagefind }) => loadPagefind()).catch(() => undefined);
    void mount();
  };

  form.addEventListener('submit', holdSubmit);
  // The focus that loaded the site script may already be in the panel.
  if (window.location.search || root.contains(document.activeElement)) start();
  else root.addEventListener('focusin', start, { once: true });
}
