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
  const runs = secrets.flatMap((secret) => secret.patterns.map((run) => ({ secret, words: secret.words.slice(run.start, run.start + run.length) })));
  const find = sequenceFinder(runs.map((run) => run.words), SHINGLE_WORDS);
  return (path, words) => {
    const leaks = new Map<Secret, Leak>();
    for (const id of find(words)) {
      const { secret, words: found } = runs[id]!;
      if (!leaks.has(secret)) leaks.set(secret, { outputFile: path, secret, found: found.join(' ') });
    }
    return namedLeaks([...leaks.values()]);
  };
}

/** Every secret found in the given output texts. */
export function findLeaks(outputs: Iterable<{ path: string; text: string }>, secrets: readonly Secret[]): Leak[] {
  const find = leakFinder(secrets);
  const leaks: Leak[] = [];
  for (const output of outputs) for (const leak of find(output.path, tokenise(output.text))) leaks.push(leak);
  return leaks;
}
