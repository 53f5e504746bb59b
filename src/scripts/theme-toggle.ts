/**
 * Makes the theme toggle work (it is shown only with JavaScript: see global.css) and remembers the visitor's choice. Until the visitor
 * chooses, the page follows the system's theme and the toggle shows it; the choice is then kept.
 * The toggle's name stays "Dark theme" and aria-pressed says whether it is on (a toggle button whose
 * name changed as well would announce the opposite of its state).
 */
export function enhanceThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
  const render = () => button.setAttribute('aria-pressed', String(isDark()));
  render();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    render();
  });
  systemDark.addEventListener('change', render);
}
