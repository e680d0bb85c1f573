/**
 * The search panel's filter lists (kind, speaker, actor, conflict) and their counts, loaded from
 * Pagefind only when a reader uses a filter: once Pagefind has its filter index, it counts every
 * filter value on every later query, which on a large archive costs more than the query itself.
 */
import { QUOTE_KIND } from './facet-map.ts';
import { loadPagefind } from './pagefind-client.ts';
import { markStaleFilters } from './stale-filters.ts';

export const FILTER_NAMES = ['kind', 'speaker', 'actor', 'conflict'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Fills each empty select with Pagefind's values and counts, once; `data-initial` picks a value. */
export function filterLoader(selects: Map<FilterName, HTMLSelectElement | null>): () => Promise<void> {
  let ready: Promise<void> | undefined;
  const fill = async () => {
    const api = await loadPagefind();
    const available = await api.filters();
    for (const [name, select] of selects) {
      if (!select || select.options.length > 1) continue;
      const values: [string, number][] = Object.entries(available[name] ?? {});
      // Quotes are searched inside their articles (facet-map.ts): the index has no pages of kind
      // "quote" to count, so the kind is offered without a count.
      if (name === 'kind' && !values.some(([v]) => v === QUOTE_KIND)) values.push([QUOTE_KIND, NaN]);
      values.sort((a, b) => a[0].localeCompare(b[0]));
      const wanted = select.dataset.initial ?? '';
      for (const [value, count] of values) {
        const option = new Option(Number.isNaN(count) ? value : `${value} (${count})`, value);
        if (value === wanted) option.selected = true;
        select.append(option);
      }
    }
    // A value in the link that the index no longer has (a stale shared link) is said and clearable.
    markStaleFilters(selects, available);
  };
  return () => (ready ??= fill());
}
