import { FNV_OFFSET, FNV_PRIME } from './word-hashes.ts';

/**
 * The words of a text as the leak guard compares them: lower-case runs of letters and digits
 * (Unicode-aware, NFKC then lower case), punctuation and markup dropped, so that escaping cannot hide a leak.
 * `hashes` holds each word's hashWord, worked out while scanning; the words themselves are only
 * cut out of the text when asked for (`at`), which a search needs only where a hash matched: making
 * six million strings for a 1,000-episode site was a third of the guard's time.
 */
export interface Words {
  length: number;
  hashes: Uint32Array;
  at(index: number): string;
}

/** Scans a text into Words, by character code (a split on a Unicode regular expression was ~3x slower). */
export function tokenise(text: string): Words {
  const normalised = text.normalize('NFKC').toLowerCase();
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  let start = -1;
  let hash = FNV_OFFSET;
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
      if (start >= 0) {
        starts.push(start);
        ends.push(index);
        hashes.push(hash >>> 0);
        start = -1;
      }
      if (pair) index += 1;
    }
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(normalised.length);
    hashes.push(hash >>> 0);
  }
  return { length: starts.length, hashes: Uint32Array.from(hashes), at: (index) => normalised.slice(starts[index], ends[index]) };
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
