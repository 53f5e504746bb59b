import { namedLeaks } from './denied-links.ts';
import { SHINGLE_WORDS, type Secret } from './secrets.ts';
import { sequenceFinder } from './sequence-finder.ts';
import { tokenise, type Words } from './words.ts';

/** A withheld text found in an output file. */
export interface Leak {
  outputFile: string;
  secret: Secret;
  /** The words of the secret that were found (one of its runs), as a hint where to look. */
  found: string;
}

/**
 * Prepares a search for the given secrets and returns a function that finds them in the words of one
 * output text (as tokenise gives them): linear in the output's size whatever the number of
 * secrets (sequenceFinder). One leak per secret and file, however many of its runs are found.
 */
export function leakFinder(secrets: readonly Secret[]): (path: string, words: Words) => Leak[] {
  const find = secretFinder(secrets);
  return (path, words) => leaksOf(path, find(words));
}

/**
 * The secrets found in the words of one text, each with the words of the first of its runs found
 * (leakFinder before it knows the file, for texts read in parts: feed-parts.ts).
 */
export function secretFinder(secrets: readonly Secret[]): (words: Words) => Map<Secret, string> {
  const runs = secrets.flatMap((secret) => secret.patterns.map((run) => ({ secret, words: secret.words.slice(run.start, run.start + run.length) })));
  const find = sequenceFinder(runs.map((run) => run.words), SHINGLE_WORDS);
  return (words) => {
    const found = new Map<Secret, string>();
    for (const id of find(words)) {
      const { secret, words: run } = runs[id]!;
      if (!found.has(secret)) found.set(secret, run.join(' '));
    }
    return found;
  };
}

/** The leaks of one output file, from the secrets found in it (one per secret), as they are worth naming. */
export function leaksOf(path: string, found: ReadonlyMap<Secret, string>): Leak[] {
  return namedLeaks([...found].map(([secret, run]) => ({ outputFile: path, secret, found: run })));
}

/** Every secret found in the given output texts. */
export function findLeaks(outputs: Iterable<{ path: string; text: string }>, secrets: readonly Secret[]): Leak[] {
  const find = leakFinder(secrets);
  const leaks: Leak[] = [];
  for (const output of outputs) for (const leak of find(output.path, tokenise(output.text))) leaks.push(leak);
  return leaks;
}
