// The README's rules of which notes in the notes folder are episodes at all ("Add an episode", "What is a
// draft", "Drafts never block anything"), one test each: a note that is not an episode never becomes one
// (no page, no feed item, no search entry), and is never an error either.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadNotesFolder } from '../../../src/lib/collection/notes-folder.ts';
import type { ShowRule } from '../../../src/lib/notes/shows.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const GOH = 'projects/Grafana Office Hours';
const shows: ShowRule[] = [
  { slug: 'office-hours', name: 'Grafana Office Hours', heading: 'GOH <n> - <title>', folder: GOH, defaultHosts: ['Host A'] },
  { slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', folder: 'projects/Loki Community Calls', defaultHosts: ['Host B'] },
];
const severalShows = testParserOptions({ shows });
const oneShow = testParserOptions({ shows: [shows[0]!] });

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function notesFolder(notes: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'episodes-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(notes)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

/** A complete note of an aired episode: it would be published wherever it is read. */
const aired = (number: number, title: string) =>
  `---\nurl: https://youtu.be/AAAAAAAAA${String(number).padStart(2, '0')}\ndate: 2024-06-07\n---\n# [[GOH ${number} - ${title}]]\n\nGuest:: Ed Welch\n\n## Talking points\n\n- ${title}\n`;

const episodesOf = (loaded: ReturnType<typeof loadNotesFolder>) => loaded.notes.map((note) => note.file.split('/').pop());

describe('which notes are episodes', () => {
  it('a note whose heading names no show is not an episode: reported as such, never published, never an error', () => {
    for (const options of [severalShows, oneShow]) {
      const loaded = loadNotesFolder(notesFolder({
        'GOH 27 - Loki.md': aired(27, 'Loki'),
        'Team meeting notes.md': '# Team meeting notes\n\nBudget for next quarter.\n\n## Talking points\n\n- Hiring plans\n',
      }), options, { shownFolder: 'notes' });
      expect(episodesOf(loaded)).toEqual(['GOH 27 - Loki.md']);
      expect(loaded.errors).toEqual([]);
      expect(loaded.unrecognised.map((note) => note.file)).toEqual(['notes/Team meeting notes.md']);
    }
  });

  it('a note in a show\'s folder with no episode heading, no video and no date (its index) is not an episode', () => {
    const loaded = loadNotesFolder(notesFolder({
      [`${GOH}/GOH 27 - Loki.md`]: aired(27, 'Loki'),
      [`${GOH}/Grafana Office Hours Readme.md`]: 'A weekly livestream.\n\n## Episodes\n\n- 16/06: [GOH 01 - Overview](https://youtube.com/live/uk7NoagbJ28)\n',
    }), severalShows, { shownFolder: 'notes' });
    expect(episodesOf(loaded)).toEqual(['GOH 27 - Loki.md']);
    expect(loaded.errors).toEqual([]);
    expect(loaded.unrecognised.map((note) => [note.file, note.problem])).toEqual([[`notes/${GOH}/Grafana Office Hours Readme.md`,
      'this note in the Grafana Office Hours folder is not an episode: it has no episode heading (such as `# [[GOH 27 - Title]]`), no video and no date']]);
  });

  it('notes in folders starting with `_` or `.`, in `templates/` or `node_modules/` are never read, however complete', () => {
    const loaded = loadNotesFolder(notesFolder({
      'GOH 27 - Loki.md': aired(27, 'Loki'),
      '_templates/GOH 90 - Kept aside.md': aired(90, 'Kept aside'),
      '.trash/GOH 91 - Deleted.md': aired(91, 'Deleted'),
      'templates/GOH 92 - Template.md': aired(92, 'Template'),
      'node_modules/some-package/GOH 93 - Readme.md': aired(93, 'Readme'),
      [`${GOH}/_archive/GOH 94 - Old copy.md`]: aired(94, 'Old copy'),
    }), severalShows, { shownFolder: 'notes' });
    expect(episodesOf(loaded)).toEqual(['GOH 27 - Loki.md']);
    expect([loaded.errors, loaded.unrecognised, loaded.warnings]).toEqual([[], [], []]);
  });

  it('a note that is not markdown is not read', () => {
    const loaded = loadNotesFolder(notesFolder({ 'GOH 27 - Loki.md': aired(27, 'Loki'), 'GOH 28 - Tempo.txt': aired(28, 'Tempo'), 'GOH 29 - Mimir.md.bak': aired(29, 'Mimir') }), severalShows);
    expect(episodesOf(loaded)).toEqual(['GOH 27 - Loki.md']);
  });
});
