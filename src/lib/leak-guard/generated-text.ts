import { hashWord, sortedIncludes } from './word-hashes.ts';
import type { Words } from './words.ts';

/** What generatedText gives: feed it public texts one at a time, then ask which runs they compose. */
export interface GeneratedText {
  /** Reads one public text, or several (Words.textStarts separates them). */
  add(words: Words): void;
  /** The indexes of the runs that the texts read so far compose. */
  composed(): Set<number>;
}

/**
 * Which of the given runs of words the archive can write from public texts side by side: the end of
 * one public text, then whole public texts, then the start of another, in at least two pieces. A
 * page or a feed writes facts next to each other ("Campeones en el WOPR" then "Café con Grafana"),
 * and a checklist that names the episode the same way holds the same run; it is generated text, not a
 * leak. Each piece must be a text's own end, whole or start (not any run of its words), so the words
 * of a withheld sentence are not explained merely because each of them is public somewhere.
 *
 * Linear in the size of the public texts (each text's first and last few words are looked up), and
 * quadratic only in the length of a run, which is at most a few words (a lookup is a bisection of the
 * runs' pieces). Only the pieces some run could use are kept, so memory follows the runs, not the
 * public texts.
 */
export function generatedText(runs: readonly (readonly string[])[]): GeneratedText {
  const longest = runs.reduce((max, run) => Math.max(max, run.length), 0);
  const maxPiece = longest - 1; // a piece is shorter than the run it helps explain
  const runHashes = runs.map((run) => run.map(hashWord));
  // Sorted keys, searched by bisection: a Set of a few hundred thousand numbers would cost ten times the memory.
  const keys: number[] = [];
  for (const hashes of runHashes) {
    for (let from = 0; from < hashes.length; from += 1) {
      for (let to = from + 1; to <= hashes.length; to += 1) if (to - from < hashes.length) keys.push(keyOf(hashes, from, to));
    }
  }
  const wanted = sortedKeys(keys);
  const starts = new Set<number>(); // the first words of a public text (or all of it)
  const ends = new Set<number>(); // its last words (or all of it)
  const wholes = new Set<number>(); // a whole short public text

  return {
    add(words) {
      if (maxPiece < 1) return;
      for (let text = 0, start = 0; start < words.length; text += 1) {
        const end = words.textStarts[text] ?? words.length;
        const length = end - start;
        for (let size = 1; size <= Math.min(length, maxPiece); size += 1) {
          const first = keyOf(words.hashes, start, start + size);
          if (sortedIncludes(wanted, first)) starts.add(first);
          const last = keyOf(words.hashes, end - size, end);
          if (sortedIncludes(wanted, last)) ends.add(last);
        }
        if (length <= maxPiece) {
          const whole = keyOf(words.hashes, start, end);
          if (sortedIncludes(wanted, whole)) wholes.add(whole);
        }
        start = end;
      }
    },
    composed() {
      const explained = new Set<number>();
      runHashes.forEach((hashes, index) => {
        const length = hashes.length;
        // reached[j]: the run's first j words are the end of a public text, then whole public texts.
        const reached = new Array<boolean>(length).fill(false);
        for (let split = 1; split < length; split += 1) if (ends.has(keyOf(hashes, 0, split))) reached[split] = true;
        for (let from = 1; from < length; from += 1) {
          if (!reached[from]) continue;
          if (starts.has(keyOf(hashes, from, length))) {
            explained.add(index);
            return;
          }
          for (let to = from + 1; to < length; to += 1) if (wholes.has(keyOf(hashes, from, to))) reached[to] = true;
        }
      });
      return explained;
    },
  };
}

function sortedKeys(keys: number[]): Float64Array {
  const sorted = Float64Array.from(keys).sort();
  let distinct = 0;
  for (let index = 0; index < sorted.length; index += 1) if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[distinct++] = sorted[index]!;
  return sorted.subarray(0, distinct);
}


// Two polynomial hashes (mod 2^32) of the word hashes, as one 53-bit key (as sequence-finder.ts does).
function keyOf(hashes: ArrayLike<number>, from: number, to: number): number {
  let a = 0;
  let b = 0;
  for (let index = from; index < to; index += 1) {
    a = (Math.imul(a, 0x01000193) + hashes[index]!) | 0;
    b = (Math.imul(b, 0x5bd1e995 | 0) + hashes[index]!) | 0;
  }
  return (a >>> 0) * 0x200000 + (b >>> 11);
}
