import { markupRound, preparedMarkup, tagsDecidedWithinTexts } from './text.ts';

/** The elements a feed holds one of per episode: RSS's item, Atom's entry. */
const ITEM_ELEMENTS = ['item', 'entry'];

/**
 * A feed cut into parts that the leak guard can read one by one, or undefined when it must be read
 * whole. An episode's `<item>` is the same bytes in the site's feed, its show's, and each of its
 * topics' and guests' feeds, so reading each distinct part once (keyed by a digest of its bytes)
 * reads ~23 MB of items instead of ~93 MB of feeds at 1,000 episodes.
 *
 * The cuts are before each `<item ...>` tag and after each `</item ...>` tag (or entry): the channel's
 * head, each item, what lies between, the tail. Why reading the parts gives the same texts as reading
 * the file whole (markupText with escapedMarkup), so that no run of a withheld text is ever hidden:
 * - Before the tags are read, markupText drops CDATA's markers and reads JSON-LD: a marker never spans
 *   a cut (neither contains "<item", and a cut's ">" is never that of "]]>": checked below), and a
 *   file with a `<script` is not cut.
 * - Round one: a tag match is "<", a name and no "<" up to its ">", so no match covers the "<" of another
 *   tag, and every cut tag is matched as a tag in the whole file too, wherever it is (inside CDATA as
 *   well: markupText reads CDATA as markup). Only a comment spans any "<": a file with `<!--` is not cut.
 *   An item is no inline element, so each cut tag is a TEXT_BREAK: every cut falls between two texts.
 *   Entities never hold a TEXT_BREAK, so decoding one never spans a cut either. The attribute values
 *   round one sets apart are texts of their own, at the end of the part instead of at the end of the
 *   file: the same texts, in another order.
 * - Round two reads the HTML that round one decoded (a description's `&lt;p&gt;`). A "<" there that
 *   may open a tag could reach past a TEXT_BREAK to the next ">", which in the whole file lies in
 *   another part than when the part is read alone: a part where that happens (tagsDecidedWithinTexts)
 *   is not read alone, and its file is read whole. Otherwise round two works on each text apart.
 * So the parts' texts are the file's texts, and a run of words, which is only ever found within one
 * text, is found in a part exactly when it is found in the file; the words are the same words.
 */
export function feedParts(bytes: Buffer): Buffer[] | undefined {
  if (bytes.includes('<!--') || bytes.includes('<script')) return undefined;
  const cuts = new Set<number>();
  for (const name of ITEM_ELEMENTS) {
    for (let at = bytes.indexOf(`<${name}`); at >= 0; at = bytes.indexOf(`<${name}`, at + 1)) {
      if (tagEnd(bytes, at + name.length + 1) >= 0) cuts.add(at);
    }
    for (let at = bytes.indexOf(`</${name}`); at >= 0; at = bytes.indexOf(`</${name}`, at + 1)) {
      const end = tagEnd(bytes, at + name.length + 2);
      if (end >= 0) cuts.add(end);
    }
  }
  if (cuts.size === 0) return undefined;
  const ordered = [0, ...[...cuts].sort((left, right) => left - right), bytes.length];
  const parts: Buffer[] = [];
  for (let index = 1; index < ordered.length; index += 1) {
    if (ordered[index]! > ordered[index - 1]!) parts.push(bytes.subarray(ordered[index - 1], ordered[index]));
  }
  return parts;
}

/**
 * The text of one part, as markupText reads a feed (two rounds over escaped markup), or undefined
 * when what round two makes of it could depend on the parts around it (see feedParts).
 */
export function feedPartText(part: string): string | undefined {
  const first = markupRound(preparedMarkup(part));
  return tagsDecidedWithinTexts(first) ? markupRound(first) : undefined;
}

/**
 * Where a tag whose name ends at `nameEnd` ends (just after its ">"), if markupText reads it as a tag
 * of that very name: the name is not longer ("<items"), and a ">" comes before any "<". -1 otherwise,
 * and also when that ">" ends "]]>", which markupText drops before reading tags.
 */
function tagEnd(bytes: Buffer, nameEnd: number): number {
  if (nameEnd >= bytes.length || NAME_BYTES.has(bytes[nameEnd]!)) return -1;
  for (let at = nameEnd; at < bytes.length; at += 1) {
    const byte = bytes[at]!;
    if (byte === LT) return -1;
    if (byte === GT) return bytes[at - 1] === BRACKET && bytes[at - 2] === BRACKET ? -1 : at + 1;
  }
  return -1;
}

const LT = 0x3c;
const GT = 0x3e;
const BRACKET = 0x5d;
/** The bytes that may continue a tag's name as markupText reads it (`[\w:.-]`). */
const NAME_BYTES = new Set([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.-'].map((char) => char.charCodeAt(0)));
