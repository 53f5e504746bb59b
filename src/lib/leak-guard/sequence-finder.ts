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
  const index = indexSequences(sequences, windowLength);
  return (words) => {
    if (index.groups.size === 0) return new Set();
    const found = new Set<Group>();
    if (index.hasWindows && words.length >= windowLength) findWindows(index, words, found);
    if (index.otherLengths.size) findOtherLengths(index, words, found);
    return new Set([...found].flatMap((group) => group.ids));
  };
}

/** The sequences grouped by hash key, with the filters that let the search skip most of a text. */
interface SequenceIndex {
  windowLength: number;
  groups: Map<number, Group[]>;
  /** The window-length keys. */
  windows: BitFilter;
  /** The first words of the sequences of other lengths, their lengths, and the longest. */
  otherFirstWords: BitFilter;
  otherLengths: Set<number>;
  longestOther: number;
  hasWindows: boolean;
  /** BASE^(windowLength - 1): what the word leaving a rolling window contributed. */
  shiftA: number;
  shiftB: number;
}

function indexSequences(sequences: readonly (readonly string[])[], windowLength: number): SequenceIndex {
  const index: SequenceIndex = { windowLength, groups: new Map(), windows: new BitFilter(), otherFirstWords: new BitFilter(), otherLengths: new Set(), longestOther: 0, hasWindows: false, shiftA: 1, shiftB: 1 };
  sequences.forEach((words, id) => {
    if (!words.length) return;
    const hashes = words.map(hashWord);
    let a = 0;
    let b = 0;
    for (const hash of hashes) {
      a = (Math.imul(a, BASE_A) + hash) | 0;
      b = (Math.imul(b, BASE_B) + hash) | 0;
    }
    addToGroup(index.groups, keyOf(a, b), words, id);
    if (words.length === windowLength) {
      index.windows.add(a);
      index.hasWindows = true;
    } else {
      index.otherFirstWords.add(hashes[0]!);
      index.otherLengths.add(words.length);
      index.longestOther = Math.max(index.longestOther, words.length);
    }
  });
  for (let power = 1; power < windowLength; power += 1) {
    index.shiftA = Math.imul(index.shiftA, BASE_A);
    index.shiftB = Math.imul(index.shiftB, BASE_B);
  }
  return index;
}

/** Identical sequences (the same deny-listed host in 5,000 notes) are one group, compared once, not once each. */
function addToGroup(groups: Map<number, Group[]>, key: number, words: readonly string[], id: number): void {
  const candidates = groups.get(key) ?? [];
  let group = candidates.find((candidate) => sameWords(candidate.words, words));
  if (!group) {
    group = { words, ids: [] };
    candidates.push(group);
    groups.set(key, candidates);
  }
  group.ids.push(id);
}

/** Every window of the text by a rolling hash: the bit filter rules out nearly all of them at once. */
function findWindows(index: SequenceIndex, words: Words, found: Set<Group>): void {
  const { windowLength, windows, shiftA, shiftB } = index;
  const { hashes, length: count } = words;
  let a = 0;
  let b = 0;
  for (let at = 0; at < windowLength; at += 1) {
    a = (Math.imul(a, BASE_A) + hashes[at]!) | 0;
    b = (Math.imul(b, BASE_B) + hashes[at]!) | 0;
  }
  for (let start = 0; ; start += 1) {
    if (windows.has(a) && withinOneText(words, start, windowLength)) confirm(index, keyOf(a, b), words, start, windowLength, found);
    const next = start + windowLength;
    if (next >= count) break;
    const leaving = hashes[start]!;
    const entering = hashes[next]!;
    a = (Math.imul((a - Math.imul(leaving, shiftA)) | 0, BASE_A) + entering) | 0;
    b = (Math.imul((b - Math.imul(leaving, shiftB)) | 0, BASE_B) + entering) | 0;
  }
}

/** The sequences of other lengths, tried only where the text has the first word of one of them. */
function findOtherLengths(index: SequenceIndex, words: Words, found: Set<Group>): void {
  const { otherFirstWords, otherLengths, longestOther } = index;
  const { hashes, length: count } = words;
  for (let start = 0; start < count; start += 1) {
    if (!otherFirstWords.has(hashes[start]!)) continue;
    let a = 0;
    let b = 0;
    const end = textEnd(words, start);
    for (let length = 1; length <= longestOther && start + length <= end; length += 1) {
      a = (Math.imul(a, BASE_A) + hashes[start + length - 1]!) | 0;
      b = (Math.imul(b, BASE_B) + hashes[start + length - 1]!) | 0;
      if (otherLengths.has(length)) confirm(index, keyOf(a, b), words, start, length, found);
    }
  }
}

/** A hash only points at candidates: each is compared word by word, so nothing is found by a collision. */
function confirm(index: SequenceIndex, key: number, words: Words, start: number, length: number, found: Set<Group>): void {
  for (const group of index.groups.get(key) ?? []) {
    if (group.words.length !== length || found.has(group)) continue;
    let same = true;
    for (let offset = 0; offset < length && same; offset += 1) same = group.words[offset] === words.at(start + offset);
    if (same) found.add(group);
  }
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
