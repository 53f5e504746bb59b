import { hashWord, hashWords } from './word-hashes.ts';

/**
 * Finds many word sequences in a text in one pass, in time linear in the text's length whatever
 * the number of sequences. Sequences of the window length (the leak guard's shingles, nearly all of
 * them) are found with a rolling hash of every window of the text; the few of other lengths are
 * tried only where the text has the first word of one of them. A hash only points at candidates:
 * every hit is confirmed word by word, so there are no false matches.
 */
export function sequenceFinder(sequences: readonly (readonly string[])[], windowLength: number): (words: readonly string[], hashes?: Uint32Array) => Set<number> {
  const groups = new Map<number, Group[]>();
  const windows = new Uint8Array(FILTER_BYTES); // bit filter of the window-length keys
  const otherFirstWords = new Set<number>();
  const otherLengths = new Set<number>();
  let longestOther = 0;
  sequences.forEach((words, id) => {
    if (!words.length) return;
    const hashes = words.map(hashWord);
    const [a, b] = polynomial(hashes, 0, hashes.length);
    const key = keyOf(a, b);
    const candidates = groups.get(key) ?? [];
    // Identical sequences (the same deny-listed host in 5,000 notes) are compared once, not once each.
    let group = candidates.find((candidate) => sameWords(candidate.words, words));
    if (!group) {
      group = { words, ids: [] };
      candidates.push(group);
      groups.set(key, candidates);
    }
    group.ids.push(id);
    if (words.length === windowLength) windows[(a & FILTER_MASK) >>> 3]! |= 1 << (a & 7);
    else {
      otherFirstWords.add(hashes[0]!);
      otherLengths.add(words.length);
      longestOther = Math.max(longestOther, words.length);
    }
  });
  const hasWindows = [...groups.values()].some((list) => list.some((group) => group.words.length === windowLength));
  const shift = power(windowLength - 1);

  return (words, hashes = hashWords(words)) => {
    const found = new Set<Group>();
    if (groups.size === 0) return new Set();
    const confirm = (key: number, start: number, length: number) => {
      for (const group of groups.get(key) ?? []) {
        if (group.words.length !== length || found.has(group)) continue;
        let same = true;
        for (let offset = 0; offset < length && same; offset += 1) same = group.words[offset] === words[start + offset];
        if (same) found.add(group);
      }
    };
    if (hasWindows && words.length >= windowLength) {
      let [a, b] = polynomial(hashes, 0, windowLength);
      for (let start = 0; ; start += 1) {
        if (windows[(a & FILTER_MASK) >>> 3]! & (1 << (a & 7))) confirm(keyOf(a, b), start, windowLength);
        const next = start + windowLength;
        if (next >= words.length) break;
        a = (Math.imul((a - Math.imul(hashes[start]!, shift[0])) | 0, BASE_A) + hashes[next]!) | 0;
        b = (Math.imul((b - Math.imul(hashes[start]!, shift[1])) | 0, BASE_B) + hashes[next]!) | 0;
      }
    }
    if (otherLengths.size) {
      for (let start = 0; start < words.length; start += 1) {
        if (!otherFirstWords.has(hashes[start]!)) continue;
        let a = 0;
        let b = 0;
        for (let length = 1; length <= longestOther && start + length <= words.length; length += 1) {
          a = (Math.imul(a, BASE_A) + hashes[start + length - 1]!) | 0;
          b = (Math.imul(b, BASE_B) + hashes[start + length - 1]!) | 0;
          if (otherLengths.has(length)) confirm(keyOf(a, b), start, length);
        }
      }
    }
    return new Set([...found].flatMap((group) => group.ids));
  };
}

interface Group { words: readonly string[]; ids: number[] }

// Two independent polynomial hashes (mod 2^32) of the word hashes, combined into a 53-bit key.
const BASE_A = 0x01000193;
const BASE_B = 0x5bd1e995 | 0;
const FILTER_BITS = 1 << 24;
const FILTER_BYTES = FILTER_BITS >>> 3;
const FILTER_MASK = FILTER_BITS - 1;

function polynomial(hashes: ArrayLike<number>, start: number, length: number): [number, number] {
  let a = 0;
  let b = 0;
  for (let index = start; index < start + length; index += 1) {
    a = (Math.imul(a, BASE_A) + hashes[index]!) | 0;
    b = (Math.imul(b, BASE_B) + hashes[index]!) | 0;
  }
  return [a, b];
}

/** BASE^exponent for both hashes: what the word leaving a rolling window contributed. */
function power(exponent: number): [number, number] {
  let a = 1;
  let b = 1;
  for (let index = 0; index < exponent; index += 1) {
    a = Math.imul(a, BASE_A);
    b = Math.imul(b, BASE_B);
  }
  return [a, b];
}

function keyOf(a: number, b: number): number {
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

function sameWords(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((word, index) => word === right[index]);
}
