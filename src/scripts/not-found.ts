import { missingEpisodeOf } from '../lib/archive/not-found.ts';

/**
 * On the 404 page, which a static host serves at any missing address: if the address was an episode
 * page, says which episode is missing and whether it has probably not aired yet.
 */
export function explainMissingEpisode(): void {
  const note = document.querySelector<HTMLElement>('[data-missing-episode]');
  if (!note) return;
  const latest = note.dataset.latestNumber ? Number(note.dataset.latestNumber) : undefined;
  const missing = missingEpisodeOf(location.pathname, note.dataset.episodesPath ?? '/episodes/', latest);
  if (!missing) return;
  const text = note.querySelector('[data-missing-text]');
  // The sentences come from the page, in its language, with the show's name where it needs one.
  const template = (missing.notYet ? note.dataset.notYetText : note.dataset.noPageText) ?? '';
  if (text) text.textContent = template.replaceAll('{number}', String(missing.number));
  note.hidden = false;
}
