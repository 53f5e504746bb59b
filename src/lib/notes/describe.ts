/** An episode's description when the note gives none: show, number, title and guests. */
export function describeEpisode(number: number | undefined, title: string, guests: readonly string[], showName: string): string {
  const withGuests = guests.length ? ` with ${formatList(guests)}` : '';
  const mentionsGuests = guests.length > 0 && guests.every((guest) => title.includes(guest));
  const name = number === undefined ? `${showName}: ${title}` : `${showName} #${number}: ${title}`;
  return `${name}${mentionsGuests ? '' : withGuests}.`.replace(/([.!?])\.$/, '$1');
}

/** "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
