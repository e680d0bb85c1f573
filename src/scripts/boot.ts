/**
 * The only script a page runs before the reader does anything (inlined into every page, well
 * under 1 KB). It loads the site's script (`site.ts`: theme, copy-link, search, filters) on the
 * reader's first interaction, so a page fetches no JavaScript file until then, and replays what
 * that interaction asked for once the script is in: a click on a control, the search shortcuts,
 * a search form's submit. A page reached with a query string (?q=…, ?highlight=…) loads it at once.
 */
/** The site script's URL, set by the site-script integration (src/integrations/site-script.ts). */
declare const __SITE_SCRIPT__: string;

const SRC = __SITE_SCRIPT__;
// A selection counts: the site script offers a link to the selected words.
const TRIGGERS = ['pointerdown', 'keydown', 'focusin', 'click', 'submit', 'selectionchange'] as const;
/** Controls whose click the site's script handles. */
const CONTROLS =
  '[data-theme-toggle],[data-search-open],button.copy-link,[data-copy-text],[data-copy-from],[data-cite-quote]';
/** Keys that move between a paragraph's ¶ link and copy button (site.ts makes the pair a toolbar). */
const TOOLBAR_KEYS = /^(Arrow(Left|Right|Up|Down)|Home|End)$/;

const queued: Event[] = [];
let loading = false;
/** The link under the pointer: its focus on mousedown is part of leaving the page, not a reason to load. */
let pressedLink: Element | null = null;

function isShortcut(event: KeyboardEvent): boolean {
  const el = event.target as HTMLElement;
  const typing = el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  return (
    (event.key === '/' && plain && !typing) ||
    ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')
  );
}

/** A key typed after a held search shortcut: it belongs in the search box that is on its way. */
function typedIntoSearch(event: KeyboardEvent): boolean {
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  const opening = queued.some((e) => e.type === 'keydown' && isShortcut(e as KeyboardEvent));
  return opening && plain && (event.key.length === 1 || event.key === 'Backspace');
}

/** Holds an event the site's script will answer, so it is not lost while the script loads. */
function hold(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  let keep = false;
  if (event.type === 'keydown') {
    const key = event as KeyboardEvent;
    const inToolbar = TOOLBAR_KEYS.test(key.key) && !!target?.closest('.permalinks');
    keep = isShortcut(key) || typedIntoSearch(key) || inToolbar;
  } else if (event.type === 'submit') keep = !!target?.closest('[data-search-panel]');
  else if (event.type === 'click') {
    const control = target?.closest(CONTROLS);
    const mouse = event as MouseEvent;
    // A modified click on the Search link opens /search/ in a new tab, as links do.
    keep = !!control && !(control.matches('a') && (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey));
  }
  if (!keep) return;
  event.preventDefault();
  queued.push(event);
}

/** Dispatches a held event again, now that the script listens. */
function replay(event: Event): void {
  const target = event.target as HTMLElement;
  if (event.type === 'click') target.closest<HTMLElement>(CONTROLS)?.click();
  else if (event.type === 'submit') (target as HTMLFormElement).requestSubmit();
  else {
    const key = event as KeyboardEvent;
    const field = document.activeElement;
    if (!isShortcut(key) && field instanceof HTMLInputElement) {
      // The shortcut has put the focus in a search box (the search page's own): type into it.
      const end = field.value.length;
      if (key.key === 'Backspace') field.value = field.value.slice(0, -1);
      else field.setRangeText(key.key, field.selectionStart ?? end, field.selectionEnd ?? end, 'end');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      // The dialog, still on its way, keeps these keys itself (search/dialog.ts).
      const init = { key: key.key, ctrlKey: key.ctrlKey, metaKey: key.metaKey, bubbles: true };
      target.dispatchEvent(new KeyboardEvent('keydown', init));
    }
  }
}

function load(): void {
  if (loading) return;
  loading = true;
  import(/* @vite-ignore */ SRC).then(
    () => {
      for (const type of TRIGGERS) document.removeEventListener(type, onEvent, true);
      for (const event of queued.splice(0)) replay(event);
    },
    () => {
      // The script could not load: links and forms do what they do without JavaScript.
      for (const type of TRIGGERS) document.removeEventListener(type, onEvent, true);
      for (const event of queued.splice(0)) {
        const target = event.target as HTMLElement;
        if (event.type === 'submit') (target as HTMLFormElement).submit();
        else target.closest('a')?.click();
      }
    },
  );
}

/** A press on a plain link leaves the page: the script would load only to be thrown away. */
function leavesPage(event: Event): boolean {
  const press =
    event.type === 'pointerdown' ||
    event.type === 'click' ||
    (event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter');
  const link = press && event.target instanceof Element ? event.target.closest('a[href]') : null;
  return !!link && !link.matches(CONTROLS) && !link.getAttribute('href')!.startsWith('#');
}

function onEvent(event: Event): void {
  hold(event);
  if (event.type === 'pointerdown')
    pressedLink = leavesPage(event) ? (event.target as Element).closest('a') : null;
  if (leavesPage(event) || (event.type === 'focusin' && event.target === pressedLink)) return;
  load();
}

for (const type of TRIGGERS) document.addEventListener(type, onEvent, true);
// A link with a query (?q=, ?highlight=) or a text fragment the browser may not support: load now.
// (A browser may drop the directive from location.hash but keep it in the navigation entry.)
const nav = performance.getEntriesByType?.('navigation')[0]?.name ?? '';
if (window.location.search || (window.location.hash + nav).includes(':~:')) load();
