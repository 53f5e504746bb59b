import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import { loadNotesFolder } from '../../../src/lib/collection/notes-folder.ts';
import { syntheticNotes } from '../../../scripts/bench/synthetic-notes.ts';
import { testParserOptions } from '../../support/parser-options.ts';
import { growthFactor } from '../../support/growth.ts';

const options = testParserOptions();
const HEAD = '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-01-01\n---\n# [[GOH 1 - Title]]\n\n';
const UNSAFE = /<script|<style|<iframe|<object|\son\w+\s*=|javascript:|data:text/i;

/** Parses, and returns either the note or the project's error; any other exception fails the test. */
function outcome(text: string, file = 'hostile.md'): ParsedNote | NoteError {
  try {
    return parseNote(text, file, options);
  } catch (error) {
    if (error instanceof NoteError) return error;
    throw new Error(`a bare ${(error as Error).name} escaped the parser: ${(error as Error).message}`);
  }
}

function parsed(text: string): ParsedNote {
  const result = outcome(text);
  if (result instanceof NoteError) throw new Error(`expected the note to parse, got: ${result.message}`);
  return result;
}

const published = (note: ParsedNote) => `${note.html}\n${JSON.stringify(note.episode)}`;

describe('markup that must never pass through', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '<style>body{display:none}</style>',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="evil.swf"></object>',
    '<img src=x onerror=alert(1)>',
    '<b onmouseover="alert(1)">hover</b>',
    '[click](javascript:alert(1))',
    '[data](data:text/html;base64,PHNjcmlwdD4=)',
    '<a href="javascript:alert(2)">link</a>',
  ];

  for (const section of ['Talking points', 'Timestamps', 'Reference links']) {
    it(`is removed from the ${section} section, inline and as a block`, () => {
      for (const payload of payloads) {
        const body = section === 'Timestamps' ? `00:01 Intro ${payload}\n` : `- before ${payload} after\n\n${payload}\n`;
        const note = parsed(`${HEAD}## ${section}\n\n${body}`);
        expect(published(note), payload).not.toMatch(UNSAFE);
      }
    });
  }

  it('is removed from frontmatter values and the heading, keeping their text', () => {
    const note = parsed(
      '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-01-01\n'
      + 'title: "<script>alert(1)</script>Safe <b onclick=x>title</b>"\n'
      + 'description: "<img src=x onerror=alert(1)>A description"\n'
      + 'guests: ["<i onmouseover=x>Eve</i> Example"]\nhosts: ["<script>x</script>Host"]\ntags: ["<script>loki</script>", "Loki"]\n---\n'
      + '# [[GOH 1 - <script>alert(1)</script>Heading]]\n',
    );
    expect(note.episode).toMatchObject({ title: 'Safe title', description: 'A description', guests: ['Eve Example'], hosts: ['Host'] });
    expect(published(note)).not.toMatch(UNSAFE);
  });

  it('leaves no empty bullet where an item was only raw HTML', () => {
    const note = parsed(`${HEAD}## Talking points\n\n- <iframe src="x"></iframe>\n- A real point\n`);
    expect(note.episode.talkingPoints[0]!.points.map((point) => point.html)).toEqual(['A real point']);
  });
});

describe('input built to exhaust the parser', () => {
  it('refuses a YAML alias bomb quickly, naming the file and line', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefg'.split('').map((name, index) =>
      `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`), '---', '# [[GOH 1 - x]]'].join('\n');
    const result = outcome(bomb, 'bomb.md');
    expect(result).toBeInstanceOf(NoteError);
    expect((result as NoteError).message).toMatch(/^bomb\.md:\d+: .*aliases/);
  });

  it('refuses a 10 MB note at once, saying why and what to do', () => {
    const huge = `${HEAD}## Talking points\n\n${'- a pasted log line that goes on and on\n'.repeat(260_000)}`;
    expect(huge.length).toBeGreaterThan(10_000_000);
    const result = outcome(huge, 'huge.md');
    expect((result as NoteError).message).toMatch(/^huge\.md:1: the note is \d+\.\d MB[\s\S]*Fix: keep pasted logs/);
  });

  it('refuses a list nested 1,000 levels deep, naming the line where it goes too deep', () => {
    const deep = `${HEAD}## Talking points\n\n${Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n')}`;
    const result = outcome(deep, 'deep.md');
    expect((result as NoteError).message).toMatch(/^deep\.md:\d+: this line is indented more than 256 columns[\s\S]*Fix: flatten the list/);
    // An outline as deep as people really write (a dozen levels) is kept, nesting and all.
    const outline = parsed(`${HEAD}## Talking points\n\n${Array.from({ length: 12 }, (_, level) => `${'\t'.repeat(level)}- level ${level}`).join('\n')}`);
    let depth = 0;
    for (let point = outline.episode.talkingPoints[0]!.points[0]; point; point = point.children[0]) depth++;
    expect(depth).toBe(12);
  });

  it('refuses lists and quotes nested hundreds deep on one line, at that line, without a stack overflow', () => {
    for (const [name, line] of [['dashes', `${'- '.repeat(700)}deep`], ['numbers', `${'1. '.repeat(1000)}deep`], ['quotes', `${'> '.repeat(1000)}deep`], ['mixed', `${'- > '.repeat(500)}deep`]]) {
      const result = outcome(`${HEAD}## Talking points\n\n- fine\n${line}\n`, 'one-line.md');
      expect(result, name).toBeInstanceOf(NoteError);
      expect((result as NoteError).message, name).toMatch(/^one-line\.md:10: lists or quotes are nested more than 32 levels deep here\n {2}Fix: flatten the list/);
    }
  });

  it('refuses nesting too deep from indentation and markers together, at the line of the list too deep', () => {
    const lines = Array.from({ length: 20 }, (_, level) => `${'    '.repeat(level)}- - level ${level}`);
    const result = outcome(`${HEAD}## Talking points\n\n${lines.join('\n')}\n`, 'mixed.md') as NoteError;
    expect(result).toBeInstanceOf(NoteError);
    expect(result.message).toMatch(/^mixed\.md:\d+: lists or quotes are nested more than 32 levels deep here/);
    expect(result.line).toBe(9 + 16);
    // A long horizontal rule is not nesting.
    expect(parsed(`${HEAD}## Talking points\n\n- a point\n\n${'* '.repeat(60)}\n`).episode.talkingPoints[0]!.points[0]!.html).toBe('a point');
  });

  it('keeps every item of a very long list, and the line numbers after it', () => {
    const items = Array.from({ length: 650 }, (_, index) => `- point ${index}\n\t- detail ${index}`).join('\n');
    const text = `${HEAD}## Talking points\n\n${items}\n\n## Timestamps\n\n00:10 Late\n00:05 Early\n`;
    const error = outcome(text, 'long.md') as NoteError;
    expect(error).toBeInstanceOf(NoteError);
    expect(error.line).toBe(text.split('\n').indexOf('00:05 Early') + 1);
    const note = parsed(text.replace('00:05 Early', '00:20 Later'));
    const points = note.episode.talkingPoints[0]!.points;
    expect(points.map((point) => point.html)).toEqual(Array.from({ length: 650 }, (_, index) => `point ${index}`));
    expect(points[649]!.children.map((point) => point.html)).toEqual(['detail 649']);
  });

  it('parses a 100,000-character line', () => {
    const note = parsed(`${HEAD}## Talking points\n\n- ${'word '.repeat(20_000)}\n`);
    expect(note.episode.talkingPoints[0]!.points[0]!.html.length).toBeGreaterThan(99_000);
  });

  it('does work linear in the size of the note', () => {
    const note = (items: number) => `${HEAD}## Talking points\n\n${'- a point with **bold** and `code` and [a link](https://grafana.com/)\n\t- a nested point\n'.repeat(items)}`;
    const [small, large] = [note(125), note(2_000)];
    const factor = growthFactor(() => parseNote(small, 'linear.md', options), () => parseNote(large, 'linear.md', options));
    // 16 times the input: linear work is about 16 times as much (17 to 20 measured on a loaded machine);
    // quadratic would be 256. Work that grows with the square of the note fails here well before it hurts.
    expect(factor).toBeLessThan(48);
  });
});

describe('an archive\'s worth of notes', () => {
  // How fast is measured by `npm run bench` (content loading of 1,000 and 5,000 notes), never by a test.
  it('parses a thousand notes of the team\'s shape, each into its episode', () => {
    const notes = syntheticNotes(1000);
    const episodes = notes.map((note) => parseNote(note.text, note.fileName, options).episode);
    expect(new Set(episodes.map((episode) => episode.key)).size).toBe(1000);
    expect(episodes.filter((episode) => episode.status === 'published').length).toBeGreaterThan(900);
  });
});

describe('encodings, line endings and odd files', () => {
  const body = '## Talking points\n\n- first\n\t- nested with a tab\n    - nested with four spaces\n';

  it('reads CRLF line endings and a UTF-8 byte-order mark like plain LF', () => {
    const plain = parsed(HEAD + body);
    expect(parsed((HEAD + body).replace(/\n/g, '\r\n')).episode).toEqual(plain.episode);
    expect(parsed(`\uFEFF${HEAD}${body}`).episode).toEqual(plain.episode);
    expect(plain.episode.talkingPoints[0]!.points[0]!.children.map((point) => point.html)).toEqual(['nested with a tab', 'nested with four spaces']);
  });

  const folder = mkdtempSync(join(tmpdir(), 'odd-notes-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps a note with invalid UTF-8 bytes, replacing them and warning; reads file names with spaces and accents', () => {
    writeFileSync(join(folder, 'Épisode spécial 1.md'), Buffer.concat([Buffer.from(`${HEAD}## Talking points\n\n- caf`), Buffer.from([0xe9, 0xff]), Buffer.from('\n')]));
    const { notes, errors } = loadNotesFolder(folder, options);
    expect(errors).toEqual([]);
    expect(notes[0]!.file).toMatch(/Épisode spécial 1\.md$/);
    expect(notes[0]!.parsed.episode.talkingPoints[0]!.points[0]!.html).toBe('caf\uFFFD\uFFFD');
    expect(notes[0]!.parsed.warnings.map((warning) => warning.problem)).toContain('the file has bytes that are not UTF-8; they show as "\uFFFD"');
  });

  it('stops with a clear error for an empty file and for a file with only frontmatter', () => {
    for (const text of ['', '---\nurl:\ndate:\n---\n']) {
      const result = outcome(text, 'empty.md');
      expect(result).toBeInstanceOf(NoteError);
      expect((result as NoteError).message).toMatch(/^empty\.md:1: this note has no episode heading[\s\S]*Fix: /);
    }
  });
});

describe('half-written notes', () => {
  // Issue 12: a note without its number is a draft that says so (it never blocks anything), not an error.
  it('a heading without a number is a draft whose missing parts say the number', () => {
    const result = outcome('# [[GOH - Title only]]\n', 'half.md') as ParsedNote;
    expect(result.episode).toMatchObject({ status: 'draft', number: null, title: 'Title only', key: 'drafts/half' });
    expect(result.episode.missing).toEqual(['number', 'date', 'video', 'guest', 'chapters']);
  });

  it('empty url, date and Guest:: make a draft that says what is missing', () => {
    const note = parsed('---\nurl:\ndate:\n---\n# [[GOH 30 - Coming soon]]\n\nGuest::\n\n## Talking points\n\n- An idea\n');
    expect(note.episode).toMatchObject({ status: 'draft', guests: [], missing: expect.arrayContaining(['date', 'video', 'guest', 'chapters']) });
  });

  it('an empty Timestamps section, or one holding only the template\'s instruction, gives no chapters', () => {
    expect(parsed(`${HEAD}## Timestamps\n\n## Talking points\n\n- x\n`).episode.chapters).toEqual([]);
    const instruction = '> Chapters of the video, one per line, in order: the time, then the title, e.g. `00:04:10 What is Loki?`.';
    const note = parsed(`${HEAD}## Timestamps\n\n${instruction}\n`);
    expect(note.episode.chapters).toEqual([]);
    expect(note.html).not.toContain('Chapters of the video');
  });
});
