// One list formatter per locale: creating one per call was a measurable part of parsing and rendering.
const listFormatters = new Map<string, Intl.ListFormat>();

/** "A", "A and B", "A, B and C" (in Spanish "A, B y C"): names joined the locale's way. */
export function formatNames(names: readonly string[], locale = 'en-GB'): string {
  let formatter = listFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormatters.set(locale, formatter);
  }
  return formatter.format(names);
}
