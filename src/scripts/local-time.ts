/** Rewrites `<time data-local-time>` into the visitor's own time zone (the server can only know UTC). */
export function showLocalTimes(): void {
  const format = new Intl.DateTimeFormat(undefined, {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  });
  for (const element of document.querySelectorAll<HTMLTimeElement>('time[data-local-time]')) {
    const instant = new Date(element.dateTime);
    if (!Number.isNaN(instant.getTime())) element.textContent = format.format(instant);
  }
}
