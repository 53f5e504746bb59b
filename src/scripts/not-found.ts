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
  if (text) {
    text.textContent = missing.notYet
      ? `Episode #${missing.number} has not been published yet: the latest is #${latest}.`
      : `There is no page for episode #${missing.number}: it may not have aired, or its notes are not published yet.`;
  }
  note.hidden = false;
}
