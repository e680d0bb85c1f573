/**
 * The search UI behaviour, shared by the /search/ page and the search dialog:
 * search as you type (no debounce: Pagefind answers in milliseconds), filters,
 * a live count for screen readers, and ?q= in the address on the search page.
 */
import { FILTER_NAMES, filterLoader } from './filters.ts';
import { anchorFilters, pageFilters } from './facet-map.ts';
import { loadPagefind } from './pagefind-client.ts';
import type { SearchHit } from './pagefind.ts';
import { latestOnly, SKIPPED } from './latest-only.ts';
import { cleanQuery, searchedAs, TOO_SHORT, tooShort } from './query.ts';
import { resultItem, toRendered } from './render.ts';
import { describeFilters } from './stale-filters.ts';

const PAGE = 10;

export interface SearchOptions {
  /** Keep ?q= and the filters in the address bar (the search page). */
  syncUrl: boolean;
}

/** What a mounted panel offers its host (the dialog focuses and re-runs it). */
export interface SearchHandle {
  input: HTMLInputElement;
  warm: () => Promise<unknown>;
  run: (commit?: boolean, fromHistory?: boolean) => Promise<void>;
}

/** Resolves after the next paint (or after 50 ms where frames do not run, as in a hidden tab). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 50);
  });
}

/** Wires one search panel (form, input, filter selects, results list, status). */
export function mountSearch(root: HTMLElement, options: SearchOptions): SearchHandle {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const advice = root.querySelector<HTMLElement>('[data-empty-advice]');
  const clear = root.querySelector<HTMLButtonElement>('[data-clear-filters]');
  const selects = new Map(
    FILTER_NAMES.map(
      (name) => [name, root.querySelector<HTMLSelectElement>(`select[data-filter-name="${name}"]`)] as const,
    ),
  );
  let sequence = 0;
  let pending: SearchHit[] = [];
  let shown = 0;
  /** True while the reader types a query not yet committed to its own history entry. */
  let drafting = false;

  /** Loads Pagefind (a reader who focuses the box is starting to search). */
  const warm = () => loadPagefind();
  /** Fills the filter lists: only when a reader goes to a filter, or comes with one in the link. */
  const loadFilters = filterLoader(selects);
  const filtersInUrl = () =>
    FILTER_NAMES.some((name) => new URLSearchParams(window.location.search).has(name));

  function activeFilters(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, select] of selects) if (select?.value) out[name] = select.value;
    return out;
  }

  /** This panel's queries, one at a time: one typed while another runs waits, unless a newer one comes. */
  const queue = latestOnly();

  /** The query's results, or null when a newer query replaced it before it ran. */
  async function search(query: string, filters: Record<string, string>) {
    const api = await loadPagefind();
    const hasFilter = Object.keys(filters).length > 0;
    const how = searchedAs(query);
    const options = { filters: pageFilters(filters) };
    const response = await queue(async () => {
      const whole = await api.search(how.term || (hasFilter ? null : ''), options);
      if (!how.prefix || (whole?.results.length ?? 0) > 0) return { ...how, results: whole?.results ?? [] };
      // No such word: the start of a longer one.
      const longer = await api.search(how.prefix, options);
      return { ...how, wholeWord: false, results: longer?.results ?? [] };
    });
    if (response === SKIPPED) return null;
    return { ...(await refine(response.results, query, filters)), wholeWord: response.wholeWord };
  }

  /**
   * Pagefind's pages, narrowed to the paragraphs and quotes the filters name, exact phrases first.
   * The code for each loads only when it is needed: a one-word search without filters runs as before.
   */
  async function refine(hits: SearchHit[], query: string, filters: Record<string, string>) {
    let out = hits;
    let count = hits.length;
    if (Object.keys(anchorFilters(filters)).length > 0) {
      const facets = await import('./facets.ts');
      out = await facets.narrowHits(out, filters, query !== '');
      count = await facets.narrowedCount(out);
    }
    if (/\S\s+\S/.test(query)) out = await (await import('./rank.ts')).rankPhraseFirst(out, query);
    return { hits: out, count };
  }

  /** Renders the next page of results; `afterFirst` runs once the first of them shows. */
  async function showNext(query: string, mine: number, afterFirst?: () => void): Promise<void> {
    const batch = pending.slice(shown, shown + PAGE);
    shown += batch.length;
    // The first result's data alone first, so it is not queued behind nine others; then the rest
    // together, each rendered in order as it arrives. A result whose data fails to load is left out.
    const load = (hit: SearchHit) => hit.data().catch(() => undefined);
    const [head, ...rest] = batch;
    if (head) {
      const d = await load(head);
      if (mine !== sequence) return;
      if (d) list.append(...toRendered(d).map((r) => resultItem(r, query)));
      // Let the first result paint before the rest of the work (the address, nine more fetches).
      await afterPaint();
      if (mine !== sequence) return;
    }
    afterFirst?.();
    const datas = rest.map(load);
    for (const data of datas) {
      const d = await data;
      if (mine !== sequence) return;
      if (d) list.append(...toRendered(d).map((r) => resultItem(r, query)));
    }
    more.hidden = shown >= pending.length;
  }

  async function run(push = false, fromHistory = false): Promise<void> {
    const mine = ++sequence;
    const query = cleanQuery(input.value);
    const filters = activeFilters();
    // The address follows the search once its results show (a history update is not free, and a
    // query already replaced by the next keystroke is not worth an entry).
    const remember = () => {
      if (options.syncUrl && !fromHistory && mine === sequence) syncUrl(query, filters, push);
    };
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      more.hidden = true;
      remember();
      return;
    }
    if (tooShort(query)) {
      // One character searches nothing (query.ts): say so once (the live region reads every change),
      // and leave no results of an older query on screen.
      pending = [];
      shown = 0;
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      if (clear) clear.hidden = true;
      if (status.textContent !== TOO_SHORT) status.textContent = TOO_SHORT;
      // Meanwhile fetch the index chunks the next character's query will need.
      void loadPagefind()
        .then((api) => api.preload?.(query))
        .catch(() => undefined);
      remember();
      return;
    }
    let results: SearchHit[];
    let count: number;
    let wholeWord: boolean;
    try {
      const found = await search(query, filters);
      if (!found) return; // a newer query replaced it before it ran
      ({ hits: results, count, wholeWord } = found);
    } catch {
      if (mine !== sequence) return;
      // Pagefind itself logs what failed; the reader gets a way on.
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = false;
      if (advice) advice.hidden = true; // nothing was searched: spelling advice would mislead
      status.textContent =
        'Search could not load its index. Reload the page to try again, or browse the indexes below.';
      remember();
      return;
    }
    if (mine !== sequence) return;
    pending = results;
    shown = 0;
    list.replaceChildren();
    const filtered = Object.keys(filters).length > 0;
    // A two-letter word that is no word of the archive is most often a longer word being typed: the
    // status says how to go on, rather than the box of advice for a search that found nothing.
    empty.hidden = results.length > 0 || (wholeWord && !filtered);
    if (advice) advice.hidden = false;
    // With no results under a filter, the way out is to clear it (a stale shared link, say).
    if (clear) clear.hidden = !(filtered && results.length === 0);
    // Pages, or under a filter the quotes and pages it leaves (narrowedCount)
    const found = count === 0 ? 'No results' : `${count} result${count === 1 ? '' : 's'}`;
    const what = [
      query ? `for ${wholeWord ? 'the word ' : ''}“${query}”` : '',
      filtered ? describeFilters(selects, filters) : '',
    ]
      .filter(Boolean)
      .join(', ');
    status.textContent =
      count === 0 && wholeWord
        ? `${found} ${what}. Type one more character to find words that begin with it.`
        : `${found} ${what}.`;
    await showNext(query, mine, remember);
    // Once every result is on the list, count what the reader sees: an article's quotes show as
    // results of their own, so one page can be several items.
    if (mine === sequence && shown >= pending.length && list.children.length > count) {
      const n = list.children.length;
      status.textContent = `${n} result${n === 1 ? '' : 's'} ${what}.`;
    }
  }

  /**
   * Typing a new query starts one new history entry and then updates it in place;
   * Enter or a filter change commits it, so Back returns to the previous search.
   */
  function syncUrl(query: string, filters: Record<string, string>, commit: boolean): void {
    const url = new URL(window.location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
    const changed = url.toString() !== window.location.href;
    if (changed && !drafting) history.pushState(null, '', url);
    else if (changed) history.replaceState(null, '', url);
    drafting = !commit;
  }

  function restoreFromUrl(): void {
    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') ?? '';
    for (const [name, select] of selects) {
      if (!select) continue;
      const value = params.get(name) ?? '';
      select.dataset.initial = value;
      if ([...select.options].some((o) => o.value === value)) select.value = value;
    }
  }

  input.addEventListener('focus', () => void warm(), { once: true });
  input.addEventListener('input', () => void run());
  for (const select of selects.values()) select?.addEventListener('change', () => void run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  clear?.addEventListener('click', () => {
    for (const select of selects.values()) if (select) select.value = '';
    void run(true);
    input.focus();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    // Move focus to the first new result, so keyboard readers continue where the list grew.
    void showNext(cleanQuery(input.value), sequence).then(() =>
      list.children[first]?.querySelector<HTMLElement>('a')?.focus(),
    );
  });

  // A reader who goes to a filter before typing wants its choices: fill them then, not after a search.
  for (const select of selects.values())
    select?.addEventListener('focus', () => void loadFilters(), { once: true });
  // Mounted while the reader is already in the panel (this code loads on their first focus): load now.
  if (root.contains(document.activeElement)) {
    void warm();
    if (document.activeElement instanceof HTMLSelectElement) void loadFilters();
  }
  if (options.syncUrl) {
    const fromLink = window.location.search !== '';
    window.addEventListener('popstate', () => {
      drafting = false;
      restoreFromUrl();
      void (filtersInUrl() ? loadFilters() : Promise.resolve()).then(() => run(false, true));
    });
    if (fromLink) {
      // A shared link (?q=…): the reader came to search, so search straight away.
      restoreFromUrl();
      if (filtersInUrl()) void loadFilters().then(() => run(false, true));
      else if (input.value) void run(false, true);
    } else if (cleanQuery(input.value)) {
      void run(); // typed while this code was loading
    }
  }

  return { input, warm, run };
}
