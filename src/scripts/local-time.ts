import { formatDateTime, formatDayOf } from '../lib/archive/format.ts';

/**
 * Rewrites `<time data-local-time>` into the visitor's own time zone (the build can only write UTC):
 * `data-local-time="date"` for the day alone, otherwise the day and the time; `data-locale` is the page's locale.
 */
export function showLocalTimes(): void {
  for (const element of document.querySelectorAll<HTMLTimeElement>('time[data-local-time]')) {
    if (Number.isNaN(Date.parse(element.dateTime))) continue;
    // In the page's words: a Spanish episode's time reads "jueves, 14 de enero de 2027, 14:00 CET".
    const locale = element.dataset.locale;
    element.textContent = element.dataset.localTime === 'date' ? formatDayOf(element.dateTime, undefined, locale) : formatDateTime(element.dateTime, undefined, locale);
  }
}
