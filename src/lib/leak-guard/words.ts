import { FNV_OFFSET, FNV_PRIME } from './word-hashes.ts';

/**
 * Ends one text and starts the next, where an output file holds separate texts side by side (two
 * elements, two attribute values, two JSON strings, two feed fields). A run of words is only ever
 * read within one text: words that merely sit next to each other in a file were not written together.
 * U+2029 (paragraph separator) is no letter or digit, so it never joins a word either.
 */
export const TEXT_BREAK = '\u2029';
const TEXT_BREAK_CODE = 0x2029;

/** A text with any TEXT_BREAK of its own made a space: only the readers of output files set breaks. */
export function withoutBreaks(text: string): string {
  return text.includes(TEXT_BREAK) ? text.replaceAll(TEXT_BREAK, ' ') : text;
}

/**
 * The words of a text as the leak guard compares them: lower-case runs of letters and digits
 * (Unicode-aware, NFKC then lower case), punctuation and markup dropped, so that escaping cannot hide a leak.
 * `hashes` holds each word's hashWord, worked out while scanning; the words themselves are only
 * cut out of the text when asked for (`at`), which a search needs only where a hash matched: making
 * six million strings for a 1,000-episode site was a third of the guard's time.
 * `textStarts` holds, in order, the index of the first word of each text but the first (TEXT_BREAK),
 * so that a run of words can be told apart from words of two texts that only sit side by side. It is
 * only consulted where a run matched, so it is kept sparse rather than one entry per word.
 */
export interface Words {
  length: number;
  hashes: Uint32Array;
  textStarts: Uint32Array;
  at(index: number): string;
}

/** The index of the first word after `start` that starts another text (or the number of words). */
export function textEnd(words: Words, start: number): number {
  const starts = words.textStarts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= start) low = middle + 1;
    else high = middle;
  }
  return low === starts.length ? words.length : starts[low]!;
}

/** Whether words[start .. start + length) lie within one text (no text starts inside the run). */
export function withinOneText(words: Words, start: number, length: number): boolean {
  return textEnd(words, start) >= start + length;
}

/**
 * Scans a text into Words, by character code (a split on a Unicode regular expression was ~3x slower).
 * Word bounds and hashes go into typed arrays reused from one call to the next, and are copied out at
 * their final length: growing plain arrays of numbers (8 bytes each, copied at each growth) for the
 * site's 11 million words made most of the guard's garbage (docs/benchmarks.md).
 */
export function tokenise(text: string): Words {
  const normalised = text.normalize('NFKC').toLowerCase();
  const textStarts: number[] = [];
  let count = 0;
  let start = -1;
  let hash = FNV_OFFSET;
  const endWord = (end: number) => {
    if (count === scratch.hashes.length) growScratch();
    scratch.starts[count] = start;
    scratch.ends[count] = end;
    scratch.hashes[count] = hash >>> 0;
    count += 1;
    start = -1;
  };
  for (let index = 0; index < normalised.length; index += 1) {
    const unit = normalised.charCodeAt(index);
    const next = unit >= 0xd800 && unit <= 0xdbff ? normalised.charCodeAt(index + 1) : 0;
    const pair = next >= 0xdc00 && next <= 0xdfff; // a surrogate pair: one code point in two units
    const inWord = unit < 128 ? ASCII_WORD[unit] === 1 : isWordCodePoint(pair ? normalised.codePointAt(index)! : unit);
    if (inWord) {
      if (start < 0) {
        start = index;
        hash = FNV_OFFSET;
      }
      // FNV-1a over UTF-16 code units, as hashWord computes it on the cut-out word.
      hash = Math.imul(hash ^ unit, FNV_PRIME);
      if (pair) {
        index += 1;
        hash = Math.imul(hash ^ normalised.charCodeAt(index), FNV_PRIME);
      }
    } else {
      if (start >= 0) endWord(index);
      // A text starts at the next word; many breaks in a row (tags without text between) are one.
      if (unit === TEXT_BREAK_CODE && count > 0 && textStarts[textStarts.length - 1] !== count) textStarts.push(count);
      if (pair) index += 1;
    }
  }
  if (start >= 0) endWord(normalised.length);
  if (textStarts[textStarts.length - 1] === count) textStarts.pop(); // breaks after the last word start nothing
  const starts = scratch.starts.slice(0, count);
  const ends = scratch.ends.slice(0, count);
  return {
    length: count, hashes: scratch.hashes.slice(0, count), textStarts: Uint32Array.from(textStarts),
    at: (index) => normalised.slice(starts[index], ends[index]),
  };
}

/** Where tokenise writes as it scans (one thread, one call at a time: it never yields). */
const scratch = { starts: new Uint32Array(1 << 16), ends: new Uint32Array(1 << 16), hashes: new Uint32Array(1 << 16) };

function growScratch(): void {
  for (const key of ['starts', 'ends', 'hashes'] as const) {
    const grown = new Uint32Array(scratch[key].length * 2);
    grown.set(scratch[key]);
    scratch[key] = grown;
  }
}

/** The texts of a string (split at TEXT_BREAK), each as its words: for public material, read text by text. */
export function wordsByText(text: string): string[][] {
  return text.split(TEXT_BREAK).map(normaliseWords).filter((words) => words.length > 0);
}

/** The words of a text, as strings (for the few short texts that need them all: withheld texts). */
export function normaliseWords(text: string): string[] {
  const words = tokenise(text);
  return Array.from({ length: words.length }, (_, index) => words.at(index));
}

const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) => (/[a-z0-9]/i.test(String.fromCharCode(code)) ? 1 : 0));
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const nonAsciiWordCharacters = new Map<number, boolean>();

function isWordCodePoint(code: number): boolean {
  let known = nonAsciiWordCharacters.get(code);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(code));
    nonAsciiWordCharacters.set(code, known);
  }
  return known;
}
