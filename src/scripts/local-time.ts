import { formatDateTime, formatDayOf } from '../lib/archive/format.ts';

/**
 * Rewrites `<time data-local-time>` into the visitor's own time zone (the build can only write UTC):
 * `data-local-time="date"` for the day alone, otherwise the day and the time.
 */
export function showLocalTimes(): void {
  for (const element of document.querySelectorAll<HTMLTimeElement>('time[data-local-time]')) {
    if (Number.isNaN(Date.parse(element.dateTime))) continue;
    element.textContent = element.dataset.localTime === 'date' ? formatDayOf(element.dateTime) : formatDateTime(element.dateTime);
  }
}
