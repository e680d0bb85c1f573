/**
 * Loads "Copy link to highlight" on the first selection inside the article (one made before the site
 * script arrived counts too), and the text-fragment fallback when a page opens on a `:~:text=` link
 * in a browser that does not support them.
 */
export function setupHighlightLinks(): void {
  const root = document.querySelector('.article-body');
  if (!root) return;
  const load = () => import('./highlight-link.ts');
  const nav = performance.getEntriesByType?.('navigation')[0]?.name ?? '';
  if (!('fragmentDirective' in document) && (window.location.hash + nav).includes(':~:text='))
    void load().then((m) => m.applyTextFragment(root));
  const onSelect = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !root.contains(selection.anchorNode)) return;
    document.removeEventListener('selectionchange', onSelect);
    void load().then((m) => m.startHighlightLinks(root));
  };
  document.addEventListener('selectionchange', onSelect);
  onSelect();
}
