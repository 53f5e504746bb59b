import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteParserOptions, ParsedNote } from '../notes/parse-note.ts';
import type { WithheldText } from '../notes/withheld.ts';
import { notePublicText } from './public-material.ts';

/** The evidence's episode of a note that publishes nothing (no episode, or a note that did not parse). */
export const NOT_PUBLISHED = '(not published)';

/** Bump when what evidence holds, or how it is worked out, changes: older entries are then not read. */
const EVIDENCE_VERSION = 4;

/**
 * What the leak guard needs from a parsed note. The loader has just parsed every changed note, so it
 * leaves this behind in the build cache and the guard does not parse 1,000 notes a second time (half
 * of its time, by profile). Keyed by the note's path, text and the parser options (without the clock:
 * what a note withholds never depends on the time).
 */
export interface NoteEvidence {
  episode: string;
  withheld: WithheldText[];
  /** Its public material, as separate texts (notePublicText): its public parts and its episode's facts. */
  publicText: string;
}

export function evidenceKey(file: string, text: string, options: NoteParserOptions): string {
  return createHash('sha256').update(JSON.stringify({ version: EVIDENCE_VERSION, file, text, options: { ...options, now: undefined } })).digest('hex').slice(0, 32);
}

/**
 * The evidence of a parsed note. A draft's public parts (its talking points) are text the team wrote
 * for the audience, so they count as public; its facts do not, as the archive publishes none of them.
 */
export function evidenceOf(parsed: ParsedNote): NoteEvidence {
  const facts = parsed.episode.status === 'draft' ? undefined : parsed.episode;
  return { episode: parsed.episode.key, withheld: parsed.withheld, publicText: notePublicText(parsed.html, facts) };
}

/**
 * The evidence of a note that is no episode but has public parts (an index note whose talking
 * points or lists the team wrote for the audience): public material that explains what other notes
 * withhold, and withheld text of its own, if any. `publicHtml` is its public parts as HTML (or text).
 */
export function nonEpisodeEvidence(publicHtml: string, withheld: WithheldText[] = []): NoteEvidence {
  return { episode: NOT_PUBLISHED, withheld, publicText: notePublicText(publicHtml, undefined) };
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
