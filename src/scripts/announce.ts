/**
 * Speaks a short status through the page's polite live region (`#status`). Cleared first, so the
 * same message twice in a row is announced again.
 */
export function announce(message: string): void {
  const region = document.getElementById('status');
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 30);
}
