/** Shows the theme toggle (it needs JavaScript) and remembers the visitor's choice. */
export function enhanceThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const label = button?.querySelector<HTMLElement>('[data-theme-label]');
  if (!button || !label) return;
  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
  const render = () => {
    const dark = isDark();
    button.setAttribute('aria-pressed', String(dark));
    label.textContent = 'Dark theme';
  };
  button.hidden = false;
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
