import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The team's real notes, byte for byte: ../shared/corpus beside the project (or SHARED_CORPUS), never in the repository. */
export const SHARED_CORPUS = process.env.SHARED_CORPUS ?? '../shared/corpus';

/** Why a test that reads the corpus is skipped, shown by vitest next to each skipped test. */
export const NEEDS_SHARED = `needs ${SHARED_CORPUS} beside the project (the team's real notes, not in the repository; README, "Testing")`;

/**
 * The path of a file of the corpus, or undefined when the corpus is not there, in which case it says
 * so on the console: tests that need it skip (with NEEDS_SHARED as the reason) rather than pass unseen.
 */
export function sharedCorpusFile(name: string): string | undefined {
  const path = join(SHARED_CORPUS, name);
  if (existsSync(path)) return path;
  console.warn(`Skipping the tests of ${name}: it ${NEEDS_SHARED}.`);
  return undefined;
}
