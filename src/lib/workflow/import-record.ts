import { createHash } from 'node:crypto';
import { WorkflowError } from './workflow-error.ts';

/** The file, in the notes folder, where `npm run import` records what it copied. */
export const IMPORT_RECORD_FILE = '.import-record.json';

/** What one vault note was last imported as. */
export interface ImportedNote {
  /** Path of its copy, relative to the notes folder. */
  file: string;
  /** SHA-256 of the bytes copied: tells a later edit in the vault from one in the notes folder. */
  sha256: string;
}

/** Vault path (relative to the vault, forward slashes) to what it was imported as. */
export type ImportRecord = Record<string, ImportedNote>;

/** A transcript's file in the transcripts folder (relative to it) to the SHA-256 of the bytes an import wrote there. */
export type TranscriptRecord = Record<string, string>;

/** The whole record file: the notes, and the transcripts (absent in a record written before imports kept them). */
export interface ImportRecordFile {
  notes: ImportRecord;
  transcripts?: TranscriptRecord;
}

const ABOUT = 'Written by `npm run import`: which vault note each episode note came from, and its bytes when it was copied. Commit it with the notes.';

/** The digest the record keeps of a note's bytes. */
export function noteDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads the record's text (as written by formatImportRecord).
 * @throws WorkflowError when it is not a record (e.g. cut short, or with a merge's conflict markers).
 */
export function parseImportRecord(text: string, shownPath: string): ImportRecordFile {
  const broken = (why: string) => new WorkflowError(`${shownPath} is not an import record (${why})`,
    `restore it from git (\`git checkout -- ${shownPath}\`) if git has a good version of it.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw broken((error as Error).message);
  }
  const { notes, transcripts } = (value ?? {}) as { notes?: unknown; transcripts?: unknown };
  if (!isObject(notes)) throw broken('it has no "notes"');
  const record: ImportRecord = {};
  for (const [source, entry] of Object.entries(notes)) {
    const { file, sha256 } = (entry ?? {}) as Partial<ImportedNote>;
    if (typeof file !== 'string' || typeof sha256 !== 'string') throw broken(`the entry for "${source}" has no file and sha256`);
    record[source] = { file, sha256 };
  }
  if (transcripts === undefined) return { notes: record };
  if (!isObject(transcripts) || Object.values(transcripts).some((digest) => typeof digest !== 'string')) throw broken('its "transcripts" are not file names with digests');
  return { notes: record, transcripts: transcripts as TranscriptRecord };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

/** The record as committed: sorted by path, so that a change is a small diff. */
export function formatImportRecord(record: ImportRecordFile): string {
  const sorted = <T>(entries: Record<string, T>) => Object.fromEntries(Object.keys(entries).sort().map((key) => [key, entries[key]]));
  const transcripts = record.transcripts && Object.keys(record.transcripts).length ? { transcripts: sorted(record.transcripts) } : {};
  return `${JSON.stringify({ about: ABOUT, notes: sorted(record.notes), ...transcripts }, null, 2)}\n`;
}
