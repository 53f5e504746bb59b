import { hashWord } from './word-hashes.ts';
import { textEnd, withinOneText, type Words } from './words.ts';

/**
 * Finds many word sequences in a text in one pass, in time linear in the text's length whatever
 * the number of sequences. Sequences of the window length (the leak guard's shingles, nearly all of
 * them) are found with a rolling hash of every window of the text; the few of other lengths are
 * tried only where the text has the first word of one of them. A hash only points at candidates:
 * every hit is confirmed word by word, so there are no false matches. A sequence is only found
 * within one text of the words (Words.textStarts), never across the break between two texts.
 */
export function sequenceFinder(sequences: readonly (readonly string[])[], windowLength: number): (words: Words) => Set<number> {
  const groups = new Map<number, Group[]>();
  const windows = new BitFilter(); // the window-length keys
  const otherFirstWords = new BitFilter(); // the first words of the other sequences
  const otherLengths = new Set<number>();
  let longestOther = 0;
  sequences.forEach((words, id) => {
    if (!words.length) return;
    const hashes = words.map(hashWord);
    let a = 0;
    let b = 0;
    for (const hash of hashes) {
      a = (Math.imul(a, BASE_A) + hash) | 0;
      b = (Math.imul(b, BASE_B) + hash) | 0;
    }
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
    if (words.length === windowLength) windows.add(a);
    else {
      otherFirstWords.add(hashes[0]!);
      otherLengths.add(words.length);
      longestOther = Math.max(longestOther, words.length);
    }
  });
  const hasWindows = [...groups.values()].some((list) => list.some((group) => group.words.length === windowLength));
  // BASE^(windowLength - 1): what the word leaving a rolling window contributed.
  let shiftA = 1;
  let shiftB = 1;
  for (let index = 1; index < windowLength; index += 1) {
    shiftA = Math.imul(shiftA, BASE_A);
    shiftB = Math.imul(shiftB, BASE_B);
  }

  return (words) => {
    const found = new Set<Group>();
    if (groups.size === 0) return new Set();
    const { hashes, length: count } = words;
    const confirm = (key: number, start: number, length: number) => {
      for (const group of groups.get(key) ?? []) {
        if (group.words.length !== length || found.has(group)) continue;
        let same = true;
        for (let offset = 0; offset < length && same; offset += 1) same = group.words[offset] === words.at(start + offset);
        if (same) found.add(group);
      }
    };
    if (hasWindows && count >= windowLength) {
      let a = 0;
      let b = 0;
      for (let index = 0; index < windowLength; index += 1) {
        a = (Math.imul(a, BASE_A) + hashes[index]!) | 0;
        b = (Math.imul(b, BASE_B) + hashes[index]!) | 0;
      }
      for (let start = 0; ; start += 1) {
        if (windows.has(a) && withinOneText(words, start, windowLength)) confirm(keyOf(a, b), start, windowLength);
        const next = start + windowLength;
        if (next >= count) break;
        const leaving = hashes[start]!;
        const entering = hashes[next]!;
        a = (Math.imul((a - Math.imul(leaving, shiftA)) | 0, BASE_A) + entering) | 0;
        b = (Math.imul((b - Math.imul(leaving, shiftB)) | 0, BASE_B) + entering) | 0;
      }
    }
    if (otherLengths.size) {
      for (let start = 0; start < count; start += 1) {
        if (!otherFirstWords.has(hashes[start]!)) continue;
        let a = 0;
        let b = 0;
        const end = textEnd(words, start);
        for (let length = 1; length <= longestOther && start + length <= end; length += 1) {
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

function keyOf(a: number, b: number): number {
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

/** A 2^24-bit filter by the low bits of a hash: "no" for nearly every window, in a few nanoseconds. */
class BitFilter {
  readonly #bits = new Uint8Array(1 << 21);
  add(hash: number): void {
    this.#bits[(hash & 0xffffff) >>> 3]! |= 1 << (hash & 7);
  }
  has(hash: number): boolean {
    return (this.#bits[(hash & 0xffffff) >>> 3]! & (1 << (hash & 7))) !== 0;
  }
}

function sameWords(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((word, index) => word === right[index]);
}
