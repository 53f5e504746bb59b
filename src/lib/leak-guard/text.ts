import { TEXT_BREAK, withoutBreaks } from './words.ts';

// A tag as our writers emit it: a name right after "<" and no "<" inside. A "<" in text is always
// escaped in HTML and XML output, so only escaped markup (RSS descriptions) can be mistaken for a tag,
// and "a < b" (a space after "<") never is.
const TAG = /<(?:[!?/]?[a-zA-Z][^<>]*|!--[^]*?--)>/g;
const ATTRIBUTE_VALUE = /=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const TAG_NAME = /^<[!?/]?([a-zA-Z][\w:.-]*)/;

/**
 * Whether every tag a round of markupText could find in `text` is found or ruled out within one text:
 * for each "<" that may open one (TAG), the first "<" or ">" after it (or "-->" after a comment's
 * "<!--") comes before the next TEXT_BREAK and the end of the string. Then what a round makes of
 * each text depends on that text alone, wherever it sits in a file (feed-parts.ts). Follows TAG.
 */
export function tagsDecidedWithinTexts(text: string): boolean {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      const nextBreak = text.indexOf(TEXT_BREAK, at);
      if (close < 0 || (nextBreak >= 0 && nextBreak < close)) return false;
      continue;
    }
    if (!opensTag(text, at + 1)) continue;
    let end = at + 1;
    while (end < text.length && !ENDS_TAG_SCAN.has(text.charCodeAt(end))) end += 1;
    if (end === text.length || text.charCodeAt(end) === TEXT_BREAK_CODE) return false;
  }
  return true;
}

/** Whether what follows a "<" at `at - 1` may open a tag (TAG): an optional "!", "?" or "/", then a letter. */
function opensTag(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const letter = first === 0x21 || first === 0x3f || first === 0x2f ? text.charCodeAt(at + 1) : first;
  return (letter >= 0x41 && letter <= 0x5a) || (letter >= 0x61 && letter <= 0x7a);
}
const TEXT_BREAK_CODE = TEXT_BREAK.charCodeAt(0);
/** Where TAG's `[^<>]*` stops ("<" or ">"), and where a tag would run into another text. */
const ENDS_TAG_SCAN = new Set(['<', '>', TEXT_BREAK].map((char) => char.charCodeAt(0)));

/**
 * Elements that sit inside a text rather than end it: "Schedule a <em>Slack</em> message" is one
 * text. Any other tag (a paragraph, a list item, a heading, a feed's <title> or <link>) ends the
 * text before it and starts another.
 */
const INLINE_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/**
 * Replaces each tag: an inline one by a space, any other by a TEXT_BREAK. Its attribute values
 * (meta content, alt, title, aria-label, data-*, href...: readers see them too) and comments are
 * texts of their own, kept in `separate`, so that they neither split the text around them nor join it.
 */
function replaceTags(content: string, separate: string[]): string {
  return content.replace(TAG, (tag) => {
    if (tag.startsWith('<!--')) {
      separate.push(tag.slice(4, -3));
      return ' ';
    }
    if (tag.includes('=')) for (const match of tag.matchAll(ATTRIBUTE_VALUE)) separate.push(decodePercent(match[1] ?? match[2] ?? match[3] ?? ''));
    const name = TAG_NAME.exec(tag)?.[1]?.toLowerCase();
    return name && INLINE_ELEMENTS.has(name) ? ' ' : TEXT_BREAK;
  });
}

/**
 * An attribute value with its percent-escapes decoded, as a browser reads a URL (`drive.google.com%2e`,
 * a full-width dot written `%EF%BC%8E`): escaping must not hide a link's words. Invalid escapes stay.
 */
function decodePercent(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * Decodes character references one level ("&amp;lt;" gives "&lt;"). The entities our writers emit
 * are replaced natively (a callback per entity was most of the guard's time on 30 MB of feeds);
 * numeric ones by code; "&amp;" last, so that nothing is decoded twice.
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let decoded = text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'").replaceAll('&nbsp;', ' ');
  if (decoded.includes('&#')) {
    decoded = decoded.replace(/&#(x[0-9a-f]+|\d+);/gi, (whole, number: string) => {
      const code = number[0] === 'x' || number[0] === 'X' ? Number.parseInt(number.slice(1), 16) : Number(number);
      if (code === 0x2029) return ' '; // a break written as a reference splits no text either
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  return decoded.replaceAll('&amp;', '&');
}

/**
 * The text a reader (or a feed reader, a search engine, a screen reader) can get from an HTML or XML
 * file, as separate texts (TEXT_BREAK between them): each element's text (inline elements such as
 * <em> or <a> are part of it), each attribute value, entities decoded. So "a <em>b</em> c" reads as
 * "a b c", but two list items, or a link's text and its href, are two texts. In XML, CDATA is text,
 * and HTML escaped inside it (RSS descriptions and content:encoded) is read as HTML in turn.
 */
export function markupText(content: string, options: { escapedMarkup?: boolean } = {}): string {
  let text = preparedMarkup(content);
  for (let round = options.escapedMarkup ? 2 : 1; round > 0; round -= 1) text = markupRound(text);
  return text;
}

/**
 * Markup as markupText's rounds read it: breaks of its own made spaces, JSON-LD read as JSON, CDATA's
 * markers dropped (its content is read as markup: the HTML of a feed's description).
 */
export function preparedMarkup(content: string): string {
  return withoutBreaks(content)
    // JSON-LD is JSON: its string escapes (\n, \u003c) must not split words.
    .replace(/(<script\b[^>]*type="application\/ld\+json"[^>]*>)([^]*?)(<\/script>)/g, (_, open: string, json: string, close: string) => `${open}${jsonText(json)}${close}`)
    .replace(/<!\[CDATA\[|\]\]>/g, ' ');
}

/**
 * One round of markupText: tags replaced (replaceTags), the separate texts after the rest, entities
 * decoded one level. A feed's escaped markup takes two rounds: the second reads the HTML the first decoded.
 */
export function markupRound(text: string): string {
  const separate: string[] = [];
  return decodeEntities([replaceTags(text, separate), ...separate].join(TEXT_BREAK));
}

/**
 * The text of an iCalendar file: lines unfolded, TEXT values unescaped (RFC 5545 3.1, 3.3.11), each
 * property's value a text of its own (a SUMMARY and the DESCRIPTION after it are two texts).
 */
export function calendarText(content: string): string {
  return withoutBreaks(content).replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^[A-Za-z0-9-]+(?:;(?:"[^"]*"|[^:"])*)?:/, (name) => `${name}${TEXT_BREAK}`))
    .join(TEXT_BREAK)
    .replace(/\\([,;\\nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? ' ' : char));
}

/**
 * Every string (keys included) of a JSON document, each a text of its own, so escapes such as \n or
 * \u00e9 cannot split words and two strings never join.
 */
export function jsonText(content: string): string {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return content; // not JSON after all: read it as it is
  }
  const strings: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') strings.push(node.includes('<') || node.includes('&') ? markupText(node) : withoutBreaks(node));
    else if (typeof node === 'number') strings.push(String(node));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        strings.push(withoutBreaks(key));
        walk(child);
      }
    }
  };
  walk(value);
  return strings.join(TEXT_BREAK);
}
