import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadNotesFolder } from '../../../src/lib/collection/notes-folder.ts';
import { testParserOptions } from '../../support/parser-options.ts';

// Expected values are written out by hand from the notes below: they do not come from the code under test.
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function notesFolder(notes: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'drafts-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(notes)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

const aired = (number: number, title: string, video: string, date = '2024-06-07') =>
  `---\nurl: https://youtube.com/live/${video}\ndate: ${date}\n---\n# [[GOH ${number} - ${title}]]\n\nGuest:: Ed Welch\n\n## Talking points\n\n- ${title}\n`;

describe('the notes-folder loop (shared by npm run check and the build)', () => {
  it('lets a draft with a broken part stop nothing, and says what to fix before it is published', () => {
    const folder = notesFolder({
      'GOH 27 - Loki design basics.md': aired(27, 'Loki design basics', 'AAAAAAAAA27'),
      // No video yet, and properties that are not valid YAML: a problem, but of a draft.
      'GOH 31 - Adaptive telemetry.md': '---\nurl: https://www.youtube.com/watch?v=TBD\ndate: [2024-09-20\n---\n# [[GOH 31 - Adaptive telemetry]]\n',
      // No video yet, and chapters out of order: the parser makes it a draft with a warning.
      'GOH 32 - Chapters.md': '---\nurl:\ndate: 2024-09-27\n---\n# [[GOH 32 - Chapters]]\n\n## Timestamps\n\n00:10:00 Later\n00:05:00 Earlier\n',
    });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.notes.map((note) => [note.file, note.parsed.episode.status])).toEqual([['notes/GOH 27 - Loki design basics.md', 'published'], ['notes/GOH 32 - Chapters.md', 'draft']]);
    expect(loaded.notes[1]!.parsed.warnings.map((warning) => warning.line)).toContain(10);
    expect(loaded.draftProblems.map((problem) => [problem.file, problem.line])).toEqual([['notes/GOH 31 - Adaptive telemetry.md', 3]]);
  });

  it('keeps a problem of a note that would be published as an error', () => {
    const folder = notesFolder({
      'GOH 31 - Adaptive telemetry.md': '---\nurl: https://youtu.be/AAAAAAAAA31\ndate: 2024-09-20\n---\n# [[GOH 31 - Adaptive telemetry]]\n\n## Timestamps\n\n00:10:00 Later\n00:05:00 Earlier\n',
    });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.draftProblems).toEqual([]);
    expect(loaded.errors.map((error) => [error.file, error.line])).toEqual([['notes/GOH 31 - Adaptive telemetry.md', 10]]);
  });

  it.each(['next Friday', '19/07/2024', 'Friday the 19th'])('stops on an aired episode whose date is "%s", which is not a date, naming the line and the fix', (date) => {
    const folder = notesFolder({ 'GOH 28 - Metrics with Traefik.md': aired(28, 'Metrics with Traefik', 'AAAAAAAAA28', date) });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.notes).toEqual([]);
    expect(loaded.draftProblems).toEqual([]);
    expect(loaded.errors.map((error) => [error.file, error.line, error.problem])).toEqual([['notes/GOH 28 - Metrics with Traefik.md', 3, `the date "${date}" is not a date`]]);
    expect(loaded.errors[0]!.fix).toContain('date: 2024-01-19');
  });

  it('stops on an aired episode whose properties are never closed, and only warns about a draft\'s', () => {
    const folder = notesFolder({
      'GOH 22 - Tempo.md': '---\nurl: https://youtu.be/AAAAAAAAA22\ndate: 2023-12-01\n# [[GOH 22 - Tempo]]\n\n## Talking points\n\n- Tempo\n',
      'GOH 23 - Later.md': '---\ndate: 2023-12-08\n# [[GOH 23 - Later]]\n',
    });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.errors.map((error) => [error.file, error.line])).toEqual([['notes/GOH 22 - Tempo.md', 1]]);
    expect(loaded.errors[0]!.fix).toBe('add a line with only `---` after line 3, the last property; or, if line 1 is not meant to start properties, delete it.');
    expect(loaded.notes.map((note) => [note.file, note.parsed.episode.status, note.parsed.episode.missing.includes('date')])).toEqual([['notes/GOH 23 - Later.md', 'draft', false]]);
    expect(loaded.notes[0]!.parsed.warnings.map((warning) => warning.line)).toContain(1);
  });

  it('keeps a refused note that says `draft: true` a draft, whatever else it says', () => {
    const folder = notesFolder({ 'GOH 33 - Marked.md': '---\nurl: https://youtu.be/AAAAAAAAA33\ndate: 2024-10-04\ndraft: true\ntags: [a\n---\n# [[GOH 33 - Marked]]\n' });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.draftProblems.map((problem) => problem.file)).toEqual(['notes/GOH 33 - Marked.md']);
  });

  it('stops on a refused note that would be published, found by the parser\'s own reader (its video in an iframe, its date in words)', () => {
    const folder = notesFolder({
      'GOH 34 - Words.md': '---\ndate: September 28th 2024\ntags: [a\n---\n# [[GOH 34 - Words]]\n\n<iframe src="https://www.youtube.com/embed/AAAAAAAAA34"></iframe>\n',
    });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.errors.map((error) => [error.file, error.line])).toEqual([['notes/GOH 34 - Words.md', 3]]);
  });

  it('warns about a draft numbered like an aired episode, naming both notes, and reports no error', () => {
    const folder = notesFolder({
      'GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md': aired(30, 'Direction of Grafana Loki, Mimir, Tempo, and Pyroscope', 'AAAAAAAAA30', '2024-08-23'),
      'GOH 30 - Loki deployments.md': '---\nurl:\ndate:\n---\n# [GOH 30 - Loki deployments](GOH%2030%20-%20Loki%20deployments.md)\n',
    });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings.map((warning) => warning.problem)).toEqual([
      'GOH 30 - Loki deployments is a draft numbered like GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope (notes/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md)',
    ]);
  });

  it('stops on a stale copy that would be published too, naming both notes, what they share and what differs', () => {
    const folder = notesFolder({
      'GOH 27 - Grafana Loki Design Basics.md': aired(27, 'Grafana Loki Design Basics', 'AAAAAAAAA27'),
      'GOH 27 - Loki For Beginners.md': aired(27, 'Loki For Beginners', 'AAAAAAAAA27'),
    });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.errors.map((error) => error.message)).toEqual([
      'notes/GOH 27 - Loki For Beginners.md:5: episode 27 is also in notes/GOH 27 - Grafana Loki Design Basics.md (same video AAAAAAAAA27, same date 2024-06-07, titles "Loki For Beginners" and "Grafana Loki Design Basics")\n'
      + '  Fix: keep one note per episode: if one is a stale copy, delete it or mark it `draft: true`; if both are episodes, fix the number (or date, or video) of one of them.',
    ]);
  });

  it('stops on two aired notes with one video under different numbers', () => {
    const folder = notesFolder({
      'GOH 04 - Private data source connect.md': aired(4, 'Private data source connect', 'AAAAAAAAA04', '2023-07-07'),
      'GOH 05 - Distributed tracing.md': aired(5, 'Distributed tracing', 'AAAAAAAAA04', '2023-07-14'),
    });
    const loaded = loadNotesFolder(folder, testParserOptions(), { shownFolder: 'notes' });
    expect(loaded.errors.map((error) => error.problem)).toEqual([
      'the video AAAAAAAAA04 is also in notes/GOH 04 - Private data source connect.md (same video AAAAAAAAA04, different dates (2023-07-14, 2023-07-07), titles "Distributed tracing" and "Private data source connect")',
    ]);
  });
});
