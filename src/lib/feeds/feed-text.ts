/**
 * Text from the notes (titles, descriptions, names, chapter titles) as it goes into a feed, a calendar,
 * a subscription list or JSON chapters: as text, never as markup, whatever the reader does with it.
 *
 * Readers disagree on what a plain-text field is: RSS's `<title>`, iCalendar's SUMMARY and DESCRIPTION
 * (Google Calendar and Outlook render HTML in it), OPML's `text`, JSON chapters' titles are shown
 * literally by some apps and put through an HTML renderer by others. Escaping `<` as `&lt;` would make
 * the first kind show "&lt;", so instead a tag can never start: an invisible word joiner (U+2060) goes
 * between `<` and a letter, `/`, `!` or `?` (the only characters after which an HTML parser opens a
 * tag or comment), and between `&` and what would make it a character reference (so a reader that
 * decodes entities twice cannot make a `<` either). Both kinds of reader then show the same words.
 */
const WORD_JOINER = '\u2060';

/** Text for a field that readers may show as text or render as HTML. */
export function feedPlainText(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, `<${WORD_JOINER}`).replace(/&(?=[A-Za-z0-9#])/g, `&${WORD_JOINER}`);
}

/**
 * Text for a field that is HTML by definition, such as RSS's `<description>` ("entity-encoded HTML is
 * allowed"): escaped, so that the HTML it is read as holds this text and no element. Made plain first,
 * for readers that decode it twice.
 */
export function feedHtmlText(text: string): string {
  return feedPlainText(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
