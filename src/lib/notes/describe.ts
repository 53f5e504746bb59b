import { stringsFor } from '../i18n/index.ts';
import { formatNames } from '../i18n/names.ts';

/**
 * An episode's description when the note gives none: show, number, title and guests, in the show's
 * language ("Café con Grafana #7: Alertas sin dolor con Lucía Fernández.").
 */
export function describeEpisode(number: number | undefined, title: string, guests: readonly string[], showName: string, language = 'en'): string {
  const t = stringsFor(language);
  const names = formatNames(guests, t.locale);
  const withGuests = guests.length ? ` ${t.with} ${names}` : '';
  const mentionsGuests = guests.length > 0 && guests.every((guest) => title.includes(guest));
  const name = number === undefined ? `${showName}: ${title}` : `${showName} #${number}: ${title}`;
  return `${name}${mentionsGuests ? '' : withGuests}.`.replace(/([.!?])\.$/, '$1');
}

/** "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
