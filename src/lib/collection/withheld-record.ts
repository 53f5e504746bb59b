import { leaveNotesRecord, type NoteRecord, type NotesRecord } from '../build/guard-record.ts';
import { evidenceKey, evidenceOf, NOT_PUBLISHED, readEvidence, writeEvidence, type NoteEvidence } from '../leak-guard/evidence-cache.ts';
import { deniedUrlsInText } from '../notes/link-hosts.ts';
import type { NoteParserOptions } from '../notes/parse-note.ts';
import { parseNoteSafely, type LoadedFolder } from './notes-folder.ts';

export interface WithheldRecordInput {
  /** The notes folder, absolute. */
  folder: string;
  /** Every note file of the folder as the loader read it, by its path as shown to authors. */
  texts: ReadonlyMap<string, { relativePath: string; text: string }>;
  loaded: LoadedFolder;
  parser: NoteParserOptions;
  /** Where each note's evidence is kept between builds (by path, text and parser options). */
  cacheDir: string;
}

const PUBLISHES_NOTHING: NoteEvidence = { episode: NOT_PUBLISHED, withheld: [], publicText: '' };

/**
 * The loader's step for the leak guard: what every note of the folder withholds, as one record for
 * this build (leaveNotesRecord), so that the guard neither lists the notes folder nor parses a note.
 * A note parsed in this sync gives its evidence (kept in the cache for the next build); an unchanged
 * note, which the loader did not parse, gives the evidence kept when it was; one whose evidence is
 * not in the cache (a cleared cache beside a kept content store) is parsed again, here. A note that
 * did not parse, or belongs to no show, publishes nothing: only its deny-listed links are recorded.
 */
export function recordWhatNotesWithhold(input: WithheldRecordInput): NotesRecord {
  const { loaded, parser, cacheDir } = input;
  const parsedNow = new Map(loaded.notes.map((note) => [note.file, note]));
  const unparsed = new Set([...loaded.errors, ...loaded.draftProblems, ...loaded.unrecognised].map((error) => error.file));
  const notes: NoteRecord[] = [];
  for (const [file, { relativePath, text }] of input.texts) {
    const key = evidenceKey(file, text, parser);
    const note = parsedNow.get(file);
    let evidence: NoteEvidence;
    if (note) {
      evidence = evidenceOf(note.parsed);
      writeEvidence(cacheDir, key, evidence);
    } else if (unparsed.has(file)) {
      evidence = PUBLISHES_NOTHING;
    } else {
      evidence = readEvidence(cacheDir, key) ?? parseAgain({ file, relativePath, text }, parser, cacheDir, key);
    }
    notes.push({ file, ...evidence, deniedLinks: deniedUrlsInText(text, parser.deniedLinkHosts) });
  }
  const record = { folder: input.folder, sectionNames: sectionNamesOf(parser), deniedLinkHosts: [...parser.deniedLinkHosts], notes };
  leaveNotesRecord(record);
  return record;
}

/** An unchanged note whose evidence the cache lost: parsed again (only here, in the loader) and cached. */
function parseAgain({ file, relativePath, text }: { file: string; relativePath: string; text: string }, parser: NoteParserOptions, cacheDir: string, key: string): NoteEvidence {
  const parsed = parseNoteSafely(text, false, file, parser, { relativePath });
  if (!('parsed' in parsed)) return PUBLISHES_NOTHING;
  const evidence = evidenceOf(parsed.parsed);
  writeEvidence(cacheDir, key, evidence);
  return evidence;
}

/** The section names of the parser's config, every show's own included: a withheld heading is never secret. */
function sectionNamesOf(parser: NoteParserOptions): string[] {
  const sections = (notes: { publicSections?: Record<string, readonly string[]> | undefined; internalSections?: readonly string[] | undefined } | undefined) =>
    [...Object.values(notes?.publicSections ?? {}).flat(), ...(notes?.internalSections ?? [])];
  return [...new Set([...sections(parser), ...parser.shows.flatMap((show) => sections(show.notes))])];
}
