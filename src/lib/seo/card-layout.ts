/**
 * What a drawn card (an episode's poster, the site's card, the show's cover) shows and where: a
 * gradient, boxes and lines of text at pixel positions. Pure: the width of a text comes from the
 * `measure` it is given, so tests can read a layout's words without drawing it.
 */

export type FontWeight = 400 | 700;

/** The width in pixels of `text` at a size and weight (the painter's font metrics, or a stand-in in tests). */
export type Measure = (text: string, size: number, weight: FontWeight) => number;

/** One line of text, placed by the top of its line box (the text sits in the middle of it, as in CSS). */
export interface TextLine {
  kind: 'text';
  text: string;
  x: number;
  top: number;
  lineHeight: number;
  size: number;
  weight: FontWeight;
  color: string;
}

export interface Box {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  radius?: number;
}

/** A linear gradient at a CSS angle over the whole card, with its colour stops (offset 0 to 1). */
export interface Gradient {
  angle: number;
  stops: readonly (readonly [number, string])[];
}

export interface CardLayout {
  width: number;
  height: number;
  background: Gradient;
  shapes: (TextLine | Box)[];
}

/** The show's colours: dark brown to orange, corner to corner. */
export const BRAND_GRADIENT: Gradient = { angle: 135, stops: [[0, '#1f1d1a'], [0.6, '#3a1a08'], [1, '#b3400b']] };

/** CSS's `line-height: normal` for Inter: its ascender and descender (0.969 + 0.242 of the size). */
export const NORMAL_LINE_HEIGHT = 1.21;

/**
 * Greedy word wrap to at most `maxLines` lines no wider than `width`, with an ellipsis when cut.
 * Without a `measure`, a text's width is its number of characters.
 */
export function wrapWords(text: string, width: number, maxLines: number, measure: (text: string) => number = (line) => [...line].length): string[] {
  const fits = (line: string) => measure(line) <= width;
  const lines: string[] = [];
  let current = '';
  // A word longer than a line (a title of one 60-letter word) is cut into pieces of a line each: drawn
  // whole, it ran past the card's edge.
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => (fits(word) ? [word] : cutWord(word, fits)));
  for (const word of words) {
    if (current && !fits(`${current} ${word}`)) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, fits);
  return kept;
}

/**
 * A list of names (the site's shows) on at most `maxLines` lines no wider than `width`, joined by
 * `separator` and broken only between names, so that no name is split over two lines; a name wider than
 * a line alone is wrapped as words. A list that needs more lines ends its last one with an ellipsis.
 */
export function wrapList(items: readonly string[], separator: string, width: number, maxLines: number, measure: (text: string) => number): string[] {
  const fits = (line: string) => measure(line) <= width;
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    if (!fits(item)) {
      if (current) lines.push(current);
      const pieces = wrapWords(item, width, Number.MAX_SAFE_INTEGER, measure);
      lines.push(...pieces.slice(0, -1));
      current = pieces.at(-1) ?? '';
    } else if (current && !fits(`${current}${separator}${item}`)) {
      lines.push(current);
      current = item;
    } else {
      current = current ? `${current}${separator}${item}` : item;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = `${kept[maxLines - 1]!}${separator}…`;
  kept[maxLines - 1] = fits(last) ? last : withEllipsis(kept[maxLines - 1]!, fits);
  return kept;
}

/** A word too long for a line, in pieces that each fit (at least one character a piece). */
function cutWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && !fits(piece + character)) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The last kept line of a cut text: its last (partial) word dropped for an ellipsis, shortened until it fits. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  let text = line.replace(/\s+\S*$/, '');
  while (text && !fits(`${text}…`)) text = [...text].slice(0, -1).join('').trimEnd();
  return `${text}…`;
}

/** Lines of one size and colour stacked from `top`, each `lineHeight` tall. */
export function stackedLines(lines: readonly string[], style: Omit<TextLine, 'kind' | 'text' | 'top'>, top: number): TextLine[] {
  return lines.map((text, index) => ({ kind: 'text', text, top: top + index * style.lineHeight, ...style }));
}
