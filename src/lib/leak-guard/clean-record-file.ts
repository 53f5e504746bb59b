import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CleanRecord } from './incremental-check.ts';

/** The previous clean build's record; anything unreadable means checking everything again. */
export function readCleanRecord(path: string): CleanRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<CleanRecord>;
    const wellFormed = Array.isArray(record.secrets) && typeof record.files === 'object' && record.files !== null && Object.values(record.files).every((file) => typeof file?.digest === 'string' && typeof file.words === 'string');
    return wellFormed ? record as CleanRecord : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a clean build's record for the next build. */
export function writeCleanRecord(path: string, record: CleanRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(record));
}
