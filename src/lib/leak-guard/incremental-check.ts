import { createHash } from 'node:crypto';
import { leaksOf, secretFinder, type Leak } from './find-leaks.ts';
import type { Secret } from './secrets.ts';
import { distinctHashes, encodeWordHashes, wordRecord } from './word-hashes.ts';
import { tokenise, type Words } from './words.ts';

/** Bump when how output text is read or compared changes: every earlier record is then ignored. */
export const CHECK_VERSION = 3;

/** An output file as the guard sees it: a digest of its bytes, and its readable text, worked out only if needed. */
export interface OutputFile {
  path: string;
  digest: string;
  readText: () => string;
  /**
   * The file as parts whose texts together are exactly the file's texts (a feed's items: feed-parts.ts),
   * when it can be read so; undefined when it must be read whole.
   */
  readParts?: () => OutputPart[] | undefined;
}

/** A part of an output file: a digest of its bytes, and its text, or undefined if it cannot be read apart from its file. */
export interface OutputPart {
  digest: string;
  readText: () => string | undefined;
}

/**
 * What a clean build proved: every listed file (by the digest of its content) holds none of the
 * listed secrets (by the digest of their words and runs), and which words it has (encodeWordHashes),
 * so a new secret can be ruled out without reading the file again. Kept in the build cache.
 */
export interface CleanRecord {
  version: number;
  secrets: string[];
  files: Record<string, { digest: string; words: string }>;
}

export interface CheckResult {
  leaks: Leak[];
  /** What to keep for the next build; undefined when something leaked (nothing was proved). */
  record: CleanRecord | undefined;
  /** New or changed files, read and checked against every secret. */
  checkedInFull: number;
  /** Unchanged files read again, because their words may hold a secret that is new since the record. */
  readAgain: number;
  /** Unchanged files that could not hold any new secret, so were not read. */
  unchanged: number;
  /** Parts of files read (feed items), and how many of them were the same bytes as a part read before, so not read again. */
  parts: { read: number; reused: number };
}

export function digestOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

/** A secret as checked: its words and which runs of them are looked for (both change what a check proves). */
function secretDigest(secret: Secret): string {
  return digestOf(`${secret.words.join(' ')}|${secret.patterns.map((run) => `${run.start}+${run.length}`).join(',')}`);
}

function runWords(secret: Secret): string[][] {
  return secret.patterns.map((run) => secret.words.slice(run.start, run.start + run.length));
}

/** A check of output files given in parts (the site's pages first, the search index once it is written). */
export interface OutputChecker {
  check(outputs: Iterable<OutputFile>): void;
  /** The result over every part given. */
  finish(): CheckResult;
}

/**
 * Checks output files for secrets, reusing what the previous clean build proved. A file with the
 * same content as a file that was clean then still holds none of the secrets it was checked for, so
 * only secrets new since then matter, and only if all the words of one of their runs occur in it; a new or changed file
 * is checked against every secret. A rebuild after one edited note so reads a handful of files, not
 * the whole site (docs/benchmarks.md).
 */
export function outputChecker(secrets: readonly Secret[], previous: CleanRecord | undefined): OutputChecker {
  const usable = previous?.version === CHECK_VERSION ? previous : undefined;
  const known = new Set(usable?.secrets ?? []);
  const newSecrets = secrets.filter((secret) => secret.patterns.length && !known.has(secretDigest(secret)));
  const newRuns = newSecrets.flatMap(runWords);
  const result: CheckResult = { leaks: [], record: undefined, checkedInFull: 0, readAgain: 0, unchanged: 0, parts: { read: 0, reused: 0 } };
  const readAny = fileReader(secretFinder(secrets), result.parts);
  const readNew = fileReader(secretFinder(newSecrets), result.parts);
  const files: CleanRecord['files'] = {};
  return {
    check(outputs) {
      // One file at a time, so the site is never held in memory at once.
      for (const output of outputs) {
        const before = usable?.files[output.path];
        if (before?.digest === output.digest) {
          files[output.path] = before;
          const mayContain = newRuns.length ? wordRecord(before.words) : undefined;
          if (!mayContain || !newRuns.some((words) => mayContain(words))) {
            result.unchanged += 1;
            continue;
          }
          result.readAgain += 1;
          for (const leak of leaksOf(output.path, readNew(output).found)) result.leaks.push(leak);
          continue;
        }
        result.checkedInFull += 1;
        const reading = readAny(output);
        for (const leak of leaksOf(output.path, reading.found)) result.leaks.push(leak);
        files[output.path] = { digest: output.digest, words: encodeWordHashes(reading.hashes) };
      }
    },
    finish() {
      if (result.leaks.length === 0) result.record = { version: CHECK_VERSION, secrets: [...new Set(secrets.map(secretDigest))], files };
      return result;
    },
  };
}

/** What reading a text gave: the secrets found in it (secretFinder), and the hashes of its words. */
interface Reading {
  found: Map<Secret, string>;
  hashes: Uint32Array;
}

/**
 * Reads an output file with one finder: whole, or part by part when the file comes in parts. A part's
 * reading is kept for the build by the digest of its bytes, so that an episode's feed item, the same
 * bytes in up to a dozen feeds, is read once; a file's reading is the union of its parts' (each secret
 * once, with the first run found; the same words). If one part cannot be read apart, the file is read whole.
 */
function fileReader(find: (words: Words) => Map<Secret, string>, count: CheckResult['parts']): (output: OutputFile) => Reading {
  const readText = (text: string, distinct = false): Reading => {
    const words = tokenise(text);
    // A part's words are kept as their distinct hashes (a fraction of their number) for the build's length.
    return { found: find(words), hashes: distinct ? distinctHashes(words.hashes) : words.hashes };
  };
  const partReadings = new Map<string, Reading | undefined>();
  const readParts = (parts: readonly OutputPart[]): Reading | undefined => {
    const readings: Reading[] = [];
    for (const part of parts) {
      const known = partReadings.has(part.digest);
      let reading = partReadings.get(part.digest);
      if (!known) {
        const text = part.readText();
        reading = text === undefined ? undefined : readText(text, true);
        partReadings.set(part.digest, reading);
      }
      count[known ? 'reused' : 'read'] += 1;
      if (!reading) return undefined;
      readings.push(reading);
    }
    return union(readings);
  };
  return (output) => {
    const parts = output.readParts?.();
    return (parts && readParts(parts)) ?? readText(output.readText());
  };
}

function union(readings: readonly Reading[]): Reading {
  const found = new Map<Secret, string>();
  for (const reading of readings) for (const [secret, run] of reading.found) if (!found.has(secret)) found.set(secret, run);
  const hashes = new Uint32Array(readings.reduce((total, reading) => total + reading.hashes.length, 0));
  let offset = 0;
  for (const reading of readings) {
    hashes.set(reading.hashes, offset);
    offset += reading.hashes.length;
  }
  return { found, hashes };
}

/** Checks output files for secrets at once (outputChecker, in one part). */
export function checkOutputs(outputs: Iterable<OutputFile>, secrets: readonly Secret[], previous: CleanRecord | undefined): CheckResult {
  const checker = outputChecker(secrets, previous);
  checker.check(outputs);
  return checker.finish();
}
