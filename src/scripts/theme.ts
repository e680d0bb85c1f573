/**
 * The theme control. Its labels ("Dark theme" / "Light theme", and the current theme for screen
 * readers) are switched by CSS from the theme in force, so they are right from the first paint;
 * this only switches the theme, remembers the choice and says what happened.
 */

/** True when the page shows the dark theme (a saved choice, or the system's with none). */
function isDark(): boolean {
  const root = document.documentElement.classList;
  if (root.contains('dark') || root.contains('light')) return root.contains('dark');
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Wires the header's theme button; `announce` speaks the outcome through the live region. */
export function setupThemeToggle(announce: (message: string) => void): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  button.addEventListener('click', () => {
    const dark = !isDark();
    const root = document.documentElement;
    root.classList.toggle('dark', dark);
    root.classList.toggle('light', !dark);
    try {
      localStorage.setItem('theme', dark ? 'dark' : 'light');
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    announce(dark ? 'Dark theme on' : 'Light theme on');
  });
}
