import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { episodeFileName, nextEpisodeNumber } from '../../../src/lib/workflow/episode-files.ts';
import { fillEpisodeTemplate, validateNewEpisode } from '../../../src/lib/workflow/new-episode.ts';
import { WorkflowError } from '../../../src/lib/workflow/workflow-error.ts';
import { testParserOptions } from '../../support/parser-options.ts';
import { runScript, STACK_LINE } from '../../support/run-script.ts';

const template = readFileSync('templates/episode.md', 'utf8');
const fill = (guests: string[], date?: string) =>
  fillEpisodeTemplate(template, { number: 31, title: 'Alerting at scale', guests, date, seriesPrefix: 'GOH' });

describe('filling the episode template', () => {
  it('writes the heading with the series prefix, number and title', () => {
    expect(fill([])).toContain('\n# [[GOH 31 - Alerting at scale]]\n');
    expect(fill([])).not.toContain('<n>');
  });

  it('writes the guests so that the parser reads them back, names with "&" or "and" kept whole', () => {
    const text = fill(['Jane Doe', 'Tom & Jerry', 'Ann and Bob Smith']);
    expect(text).toContain('Guest:: Jane Doe, [[Tom & Jerry]], [[Ann and Bob Smith]]\n');
    expect(parseNote(text, 'x.md', testParserOptions()).episode.guests).toEqual(['Jane Doe', 'Tom & Jerry', 'Ann and Bob Smith']);
  });

  it('names the guest in the talking points instead of the `<guest>` placeholder', () => {
    const points = parseNote(fill(['Jane Doe']), 'x.md', testParserOptions()).episode.talkingPoints[0]!.points;
    expect(points.map((point) => point.html)).toEqual(['Intro', 'Introduce Jane Doe', 'Outro']);
  });

  it('writes a known date into the frontmatter, leaving url empty', () => {
    const text = fill([], '2099-03-06');
    expect(text.startsWith('---\nurl: \ndate: 2099-03-06\n---\n')).toBe(true);
  });
});

describe('checking a new episode', () => {
  it.each([
    [{ title: ' ', guests: [] }, 'no title'],
    [{ title: 'What is [[Loki]]?', guests: [] }, 'break the'],
    [{ title: 'C# tips', guests: [] }, 'break the'],
    [{ title: 'Fine', guests: ['[[Jane]]'] }, 'cannot be used'],
    [{ title: 'Fine', guests: [], date: '2025-02-30' }, 'is not a date'],
    [{ title: 'Fine', guests: [], date: '14/03/2025' }, 'is not a date'],
  ])('refuses %j', (input, message) => {
    expect(() => validateNewEpisode(input)).toThrow(WorkflowError);
    expect(() => validateNewEpisode(input)).toThrow(message);
  });

  it('accepts a plain title, guests and a real date', () => {
    expect(() => validateNewEpisode({ title: 'What\'s new in Grafana 12?', guests: ['Salva Corts Sánchez'], date: '2024-02-29' })).not.toThrow();
  });
});

describe('numbering', () => {
  it('numbers after the highest episode, and from 1 in an empty archive', () => {
    expect(nextEpisodeNumber([3, 26, 9])).toBe(27);
    expect(nextEpisodeNumber([])).toBe(1);
  });

  it('names the file after the series prefix and the number', () => {
    expect(episodeFileName('GOH', 27)).toBe('GOH-27.md');
    expect(episodeFileName('Loki Community Call', 3)).toBe('Loki-Community-Call-3.md');
  });
});

describe('npm run new', () => {
  let notes: string;
  beforeEach(() => {
    notes = mkdtempSync(join(tmpdir(), 'new-episode-'));
    cpSync('tests/fixtures/archive/episodes', notes, { recursive: true });
  });
  afterEach(() => rmSync(notes, { recursive: true, force: true }));
  const run = (...args: string[]) => runScript('new.ts', args, { EPISODES_DIR: notes });
  const parse = (name: string) => parseNote(readFileSync(join(notes, name), 'utf8'), name, testParserOptions());

  it('creates the next episode after the highest one as a draft, and says what is left to fill in', () => {
    const result = run('Alerting at scale', '--guest', 'Jane Doe', '--guest', 'Sam Rivera');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Created ${join(notes, 'GOH-27.md')}`);
    expect(result.stdout).toMatch(/Left to fill in:\n\s+line 2\s+url:.*\n\s+line 3\s+date:/);
    expect(result.stdout).toContain('<name> <position> <topic>');
    expect(parse('GOH-27.md').episode).toMatchObject({
      number: 27, title: 'Alerting at scale', guests: ['Jane Doe', 'Sam Rivera'], status: 'draft', missing: ['date', 'video', 'chapters'],
    });

    expect(run('The one after').status).toBe(0);
    expect(parse('GOH-28.md').episode).toMatchObject({ number: 28, status: 'draft', missing: ['date', 'video', 'guest', 'chapters'] });
  });

  it('keeps a note with a future date but no video a draft', () => {
    expect(run('Next month', '--date', '2099-01-16').status).toBe(0);
    expect(parse('GOH-27.md').episode).toMatchObject({ date: '2099-01-16', status: 'draft', missing: ['video', 'guest', 'chapters'] });
  });

  it('numbers after the episodes the loader sees, not after notes in folders it ignores', () => {
    writeFileSync(join(notes, '_templates', 'GOH-90.md'), '# [[GOH 90 - An old copy kept aside]]\n');
    expect(run('Counted right').status).toBe(0);
    expect(readdirSync(notes).filter((name) => /^GOH-\d+\.md$/.test(name)).sort()).toEqual(
      ['GOH-01.md', 'GOH-02.md', 'GOH-03.md', 'GOH-04.md', 'GOH-05.md', 'GOH-26.md', 'GOH-27.md'],
    );
  });

  it('refuses to overwrite a file that has the new note\'s name', () => {
    writeFileSync(join(notes, 'GOH-27.md'), '# Someone else\'s scratch note\n');
    const result = run('Clobber?');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('GOH-27.md already exists');
    expect(result.stderr).toContain('Fix:');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(join(notes, 'GOH-27.md'), 'utf8')).toBe('# Someone else\'s scratch note\n');
  });

  it('explains a bad date or a missing title without a stack trace', () => {
    for (const args of [['Title', '--date', 'next friday'], [], ['Title', '--colour', 'red']]) {
      const result = run(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^Error: .+\n {2}Fix: /);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
    expect(readdirSync(notes).filter((name) => name.startsWith('GOH-27'))).toEqual([]);
  });
});
