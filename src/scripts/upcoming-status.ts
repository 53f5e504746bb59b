/**
 * An upcoming episode stays "upcoming" in the built pages until the next build publishes it. Once its
 * start time has passed, elements marked `data-starts-at` take their `data-started-text` instead
 * ("Live now or recently aired", "Watch on YouTube"), now or when the time comes while the page is open.
 */
export function showStartedEpisodes(): void {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-starts-at][data-started-text]')];
  const update = () => {
    const now = Date.now();
    for (const element of elements) {
      if (Date.parse(element.dataset.startsAt ?? '') <= now) element.textContent = element.dataset.startedText ?? '';
    }
  };
  update();
  const soonest = Math.min(...elements.map((element) => Date.parse(element.dataset.startsAt ?? '')).filter((start) => start > Date.now()));
  // setTimeout cannot wait longer than about 24.8 days; a page left open that long is reloaded anyway.
  if (Number.isFinite(soonest) && soonest - Date.now() < 2 ** 31 - 1) setTimeout(update, soonest - Date.now() + 1000);
}
