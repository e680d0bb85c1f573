/**
 * Filters a reader did not choose from the list: a shared link may name a speaker, actor or
 * conflict the index no longer holds (`?speaker=Someone`). The filter stays chosen, marked as
 * matching nothing, so the search says so and offers to clear it instead of showing a blank panel.
 */

const LABELS: Record<string, string> = {
  kind: 'kind',
  speaker: 'speaker',
  actor: 'actor named',
  conflict: 'conflict',
};

/** Adds the wanted value of each filter that the index lacks, chosen and marked "not in the index". */
export function markStaleFilters(
  selects: Map<string, HTMLSelectElement | null>,
  available: Record<string, Record<string, number>>,
): void {
  for (const [name, select] of selects) {
    const wanted = select?.dataset.initial;
    if (!select || !wanted || Object.hasOwn(available[name] ?? {}, wanted)) continue;
    if ([...select.options].some((o) => o.value === wanted)) continue;
    const option = new Option(`${wanted} (not in the index)`, wanted);
    option.dataset.stale = '';
    select.append(option);
    select.value = wanted;
  }
}

/** "filtered by speaker: John Kirby", with a warning for a value the index lacks. */
export function describeFilters(
  selects: Map<string, HTMLSelectElement | null>,
  filters: Record<string, string>,
): string {
  const parts = Object.entries(filters).map(([name, value]) => {
    const stale = selects.get(name)?.selectedOptions[0]?.dataset.stale !== undefined;
    return `${LABELS[name] ?? name}: ${value}${stale ? ' (not in the index: the link may be out of date)' : ''}`;
  });
  return `filtered by ${parts.join('; ')}`;
}
