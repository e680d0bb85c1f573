/**
 * Filter-as-you-type for index pages. The box is shown by CSS when JavaScript runs (so it is
 * there from the first paint); without JavaScript it stays hidden and the full list shows.
 */
export function setupFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const count = box?.querySelector<HTMLElement>('[aria-live]');
  if (!box || !input || !count) return;
  const items = [...document.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const apply = () => {
    const terms = input.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const text = item.dataset.filterText ?? '';
      const match = terms.every((t) => text.includes(t));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    }
    count.textContent = terms.length ? `${shown} of ${items.length} shown` : '';
  };
  input.addEventListener('input', apply);
  // Typed while this code loaded (it loads on the reader's first interaction).
  if (input.value) apply();
}
