import type { Secret } from './secrets.ts';
import { normaliseWords } from './text.ts';

/** A withheld text found in an output file. */
export interface Leak {
  outputFile: string;
  secret: Secret;
}

/**
 * Finds every secret in the given output texts. Secrets are indexed by their first word, so each
 * file is read once whatever the number of secrets (linear in output size).
 */
export function findLeaks(outputs: Iterable<{ path: string; text: string }>, secrets: readonly Secret[]): Leak[] {
  const byFirstWord = new Map<string, Secret[]>();
  for (const secret of secrets) {
    const first = secret.words[0];
    if (!first) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), secret]);
  }
  const leaks: Leak[] = [];
  for (const output of outputs) {
    const words = normaliseWords(output.text);
    const found = new Set<Secret>();
    for (let index = 0; index < words.length; index += 1) {
      const candidates = byFirstWord.get(words[index]!);
      if (!candidates) continue;
      for (const secret of candidates) {
        if (!found.has(secret) && secret.words.every((word, offset) => words[index + offset] === word)) found.add(secret);
      }
    }
    for (const secret of found) leaks.push({ outputFile: output.path, secret });
  }
  return leaks;
}
