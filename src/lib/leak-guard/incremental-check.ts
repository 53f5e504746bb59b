import { createHash } from 'node:crypto';
import { leakFinder, type Leak } from './find-leaks.ts';
import type { Secret } from './secrets.ts';
import { encodeWordHashes, wordRecord } from './word-hashes.ts';
import { tokenise } from './words.ts';

/** Bump when how output text is read or compared changes: every earlier record is then ignored. */
export const CHECK_VERSION = 3;

/** An output file as the guard sees it: a digest of its bytes, and its readable text, worked out only if needed. */
export interface OutputFile {
  path: string;
  digest: string;
  readText: () => string;
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
  const findAny = leakFinder(secrets);
  const findNew = leakFinder(newSecrets);
  const result: CheckResult = { leaks: [], record: undefined, checkedInFull: 0, readAgain: 0, unchanged: 0 };
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
          for (const leak of findNew(output.path, tokenise(output.readText()))) result.leaks.push(leak);
          continue;
        }
        result.checkedInFull += 1;
        const words = tokenise(output.readText());
        for (const leak of findAny(output.path, words)) result.leaks.push(leak);
        files[output.path] = { digest: output.digest, words: encodeWordHashes(words.hashes) };
      }
    },
    finish() {
      if (result.leaks.length === 0) result.record = { version: CHECK_VERSION, secrets: [...new Set(secrets.map(secretDigest))], files };
      return result;
    },
  };
}

/** Checks output files for secrets at once (outputChecker, in one part). */
export function checkOutputs(outputs: Iterable<OutputFile>, secrets: readonly Secret[], previous: CleanRecord | undefined): CheckResult {
  const checker = outputChecker(secrets, previous);
  checker.check(outputs);
  return checker.finish();
}
