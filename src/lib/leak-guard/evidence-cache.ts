import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteParserOptions, ParsedNote } from '../notes/parse-note.ts';
import type { WithheldText } from '../notes/withheld.ts';

/**
 * What the leak guard needs from a parsed note. The loader has just parsed every changed note, so it
 * leaves this behind in the build cache and the guard does not parse 1,000 notes a second time (half
 * of its time, by profile). Keyed by the note's path, text and the parser options (without the clock:
 * what a note withholds never depends on the time).
 */
export interface NoteEvidence {
  episode: string;
  withheld: WithheldText[];
  publicText: string;
}

export function evidenceKey(file: string, text: string, options: NoteParserOptions): string {
  return createHash('sha256').update(JSON.stringify({ file, text, options: { ...options, now: undefined } })).digest('hex').slice(0, 32);
}

export function evidenceOf(parsed: ParsedNote): NoteEvidence {
  return { episode: parsed.episode.key, withheld: parsed.withheld, publicText: `${parsed.html} ${JSON.stringify(parsed.episode)}` };
}

export function writeEvidence(cacheDir: string, key: string, evidence: NoteEvidence): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `${key}.json`), JSON.stringify(evidence));
}

export function readEvidence(cacheDir: string, key: string): NoteEvidence | undefined {
  const path = join(cacheDir, `${key}.json`);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as NoteEvidence;
  } catch {
    return undefined; // a damaged cache entry is parsed again, never trusted
  }
}
