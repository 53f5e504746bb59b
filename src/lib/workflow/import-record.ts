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

const ABOUT = 'Written by `npm run import`: which vault note each episode note came from, and its bytes when it was copied. Commit it with the notes.';

/** The digest the record keeps of a note's bytes. */
export function noteDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads the record's text (as written by formatImportRecord).
 * @throws WorkflowError when it is not a record, saying how to recover.
 */
export function parseImportRecord(text: string, shownPath: string): ImportRecord {
  const broken = (why: string) => new WorkflowError(`${shownPath} is not an import record (${why})`,
    `restore it from git (\`git checkout -- ${shownPath}\`), or delete it: the next import then treats the notes already there as imported.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw broken((error as Error).message);
  }
  const notes = (value as { notes?: unknown } | null)?.notes;
  if (!notes || typeof notes !== 'object' || Array.isArray(notes)) throw broken('it has no "notes"');
  const record: ImportRecord = {};
  for (const [source, entry] of Object.entries(notes)) {
    const { file, sha256 } = (entry ?? {}) as Partial<ImportedNote>;
    if (typeof file !== 'string' || typeof sha256 !== 'string') throw broken(`the entry for "${source}" has no file and sha256`);
    record[source] = { file, sha256 };
  }
  return record;
}

/** The record as committed: sorted by vault path, so that a change is a small diff. */
export function formatImportRecord(record: ImportRecord): string {
  const notes = Object.fromEntries(Object.keys(record).sort().map((source) => [source, record[source]]));
  return `${JSON.stringify({ about: ABOUT, notes }, null, 2)}\n`;
}
