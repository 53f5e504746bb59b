import type { Secret } from './secrets.ts';
import { normaliseWords } from './text.ts';

/** A withheld text found in an output file. */
export interface Leak {
  outputFile: string;
  secret: Secret;
}

interface SecretGroup { words: string[]; secrets: Secret[] }

/**
 * Prepares a search for the given secrets and returns a function that finds them in the words of one
 * output text (as normaliseWords gives them).
 * Distinct word sequences are indexed by their first word, so each file is read once whatever the
 * number of secrets (linear in output size); secrets with the same words (the same Slack host in
 * 5,000 notes) are checked once, not once per note, which made the guard quadratic at 5,000
 * episodes (docs/benchmarks.md).
 */
export function leakFinder(secrets: readonly Secret[]): (path: string, words: readonly string[]) => Leak[] {
  const bySequence = new Map<string, SecretGroup>();
  for (const secret of secrets) {
    if (!secret.words.length) continue;
    const key = secret.words.join(' ');
    const group = bySequence.get(key) ?? { words: secret.words, secrets: [] };
    group.secrets.push(secret);
    bySequence.set(key, group);
  }
  const byFirstWord = new Map<string, SecretGroup[]>();
  for (const group of bySequence.values()) {
    const first = group.words[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), group]);
  }
  return (path, words) => {
    if (byFirstWord.size === 0) return [];
    const found = new Set<SecretGroup>();
    for (let index = 0; index < words.length; index += 1) {
      const candidates = byFirstWord.get(words[index]!);
      if (!candidates) continue;
      for (const group of candidates) {
        if (!found.has(group) && group.words.every((word, offset) => words[index + offset] === word)) found.add(group);
      }
    }
    const leaks: Leak[] = [];
    for (const group of found) for (const secret of group.secrets) leaks.push({ outputFile: path, secret });
    return leaks;
  };
}

/** Every secret found in the given output texts. */
export function findLeaks(outputs: Iterable<{ path: string; text: string }>, secrets: readonly Secret[]): Leak[] {
  const find = leakFinder(secrets);
  const leaks: Leak[] = [];
  for (const output of outputs) for (const leak of find(output.path, normaliseWords(output.text))) leaks.push(leak);
  return leaks;
}
