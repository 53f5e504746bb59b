/**
 * A compact, lossy record of the words in a text: the sorted 32-bit hashes of its distinct words,
 * base64-encoded. Lossy only one way: two words may share a hash, so "may contain" can be wrong
 * in saying yes (then the file is read again), never in saying no.
 */
export function encodeWordHashes(words: readonly string[] | Uint32Array): string {
  const distinct = distinctHashes(words instanceof Uint32Array ? words : hashWords(words));
  return Buffer.from(distinct.buffer, distinct.byteOffset, distinct.byteLength).toString('base64');
}

/**
 * The distinct values of word hashes, in ascending order (a copy: `hashes` is left as it is). Most of
 * a text's words are repeats, so they are dropped first through a hash table, in one pass, and only the
 * distinct ones are sorted (sorting every word was the guard's third cost after reading and tokenising).
 */
export function distinctHashes(hashes: Uint32Array): Uint32Array {
  let capacity = 64;
  while (capacity < hashes.length * 2 && capacity < 1 << 20) capacity *= 2;
  let table = new Uint32Array(capacity); // 0 is an empty slot; a hash of 0 is kept aside
  const distinct = new Uint32Array(hashes.length);
  let count = 0;
  let hasZero = false;
  const insert = (hash: number): boolean => {
    const mask = table.length - 1;
    for (let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const held = table[slot]!;
      if (held === hash) return false;
      if (held === 0) {
        table[slot] = hash;
        return true;
      }
    }
  };
  for (let index = 0; index < hashes.length; index += 1) {
    const hash = hashes[index]!;
    if (hash === 0) hasZero = true;
    else if (insert(hash)) {
      distinct[count++] = hash;
      if (count * 2 > table.length) {
        table = new Uint32Array(table.length * 2); // kept at most half full, so a probe stays short
        for (let held = 0; held < count; held += 1) insert(distinct[held]!);
      }
    }
  }
  if (hasZero) distinct[count++] = 0;
  return distinct.slice(0, count).sort();
}

/** The hashWord of each word. */
export function hashWords(words: readonly string[]): Uint32Array {
  const hashes = new Uint32Array(words.length);
  for (let index = 0; index < words.length; index += 1) hashes[index] = hashWord(words[index]!);
  return hashes;
}

/** Whether a text recorded by encodeWordHashes may hold every one of the given words. */
export function mayContainAll(encoded: string, words: readonly string[]): boolean {
  return wordRecord(encoded)(words);
}

/**
 * A record decoded once, as a test of whether the text may hold every one of the given words (to
 * ask about many word runs of one file without decoding its record each time).
 */
export function wordRecord(encoded: string): (words: readonly string[]) => boolean {
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.byteLength % 4 !== 0) return () => true; // not ours: assume the worst
  const hashes = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return (words) => words.every((word) => sortedIncludes(hashes, hashWord(word)));
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: fast, and spread well enough for a membership test. */
export function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), FNV_PRIME);
  return hash >>> 0;
}

/** Whether an ascending array of numbers holds `value` (binary search). */
export function sortedIncludes(sorted: Uint32Array | Float64Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
