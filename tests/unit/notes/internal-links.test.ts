// Links to deny-listed hosts (Slack, Google Docs/Drive/Calendar) inside public sections, wherever they sit.
import { describe, expect, it } from 'vitest';
import { parseNote, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
const HEAD = '---\nurl: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\n---\n# [[GOH 26 - Title]]\n\n## Talking points\n\n';
const FIRST_LINE = HEAD.split('\n').length;
const parse = (body: string): ParsedNote => parseNote(`${HEAD}${body}`, 'note.md', options);
const published = (parsed: ParsedNote) => `${parsed.html}\n${JSON.stringify(parsed.episode)}`;
const internalWarnings = (parsed: ParsedNote) => parsed.warnings.filter((warning) => /internal host/.test(warning.problem)).map((warning) => [warning.line, warning.problem]);

describe('a deny-listed link in a public section', () => {
  it('withholds only the table row that holds it, with a warning', () => {
    const parsed = parse('| Tool | Where |\n| --- | --- |\n| Pyroscope | [docs](https://grafana.com/docs/pyroscope/) |\n| Planning | [sheet](https://docs.google.com/spreadsheets/d/x) |\n');
    expect(published(parsed)).toContain('Pyroscope');
    expect(published(parsed)).not.toMatch(/Planning|docs\.google/);
    expect(internalWarnings(parsed)).toEqual([[FIRST_LINE + 3, 'withheld a table row under "Talking points" because it links to an internal host (docs.google.com)']]);
    expect(parsed.withheld).toContainEqual({ reason: 'internal link', section: 'Talking points', line: FIRST_LINE + 3, texts: ['Planning', 'sheet'] });
  });

  it('withholds the whole table when its header row links to an internal host', () => {
    const parsed = parse('| [Tracker](https://grafana.slack.com/archives/C1) | Owner |\n| --- | --- |\n| Secret row | me |\n\n- A point\n');
    expect(published(parsed)).not.toMatch(/Tracker|Secret row|slack/);
    expect(parsed.episode.talkingPoints[0]!.points.map((point) => point.html)).toEqual(['A point']);
  });

  it('withholds a paragraph in a quote, and drops the quote it leaves empty', () => {
    const parsed = parse('> See [the thread](https://grafana.slack.com/archives/C1/p1) for context\n\n- A point\n');
    expect(published(parsed)).not.toMatch(/the thread|slack|blockquote/);
    expect(parsed.episode.talkingPoints[0]!.points.map((point) => point.html)).toEqual(['A point']);
  });

  it('withholds a code block that mentions an internal URL, and a heading that links to one', () => {
    const parsed = parse('```\ncurl https://drive.google.com/file/d/secret\n```\n\n### [Prep doc](https://docs.google.com/document/d/x)\n\n- A point\n');
    expect(published(parsed)).not.toMatch(/drive\.google|Prep doc|docs\.google/);
    expect(internalWarnings(parsed).map(([, problem]) => problem)).toEqual([
      'withheld a code block under "Talking points" because it links to an internal host (drive.google.com)',
      'withheld a heading under "Talking points" because it links to an internal host (docs.google.com)',
    ]);
  });

  it('withholds the innermost unit at any depth: a nested item keeps its parent, a quote in an item keeps the item', () => {
    const parsed = parse('- Parent point\n\t- Child with [a doc](https://docs.google.com/document/d/x)\n\t- Public child\n- Item\n\n  > quoted [thread](https://grafana.slack.com/x)\n');
    const [parent, item] = parsed.episode.talkingPoints[0]!.points;
    expect(parent!.children.map((point) => point.html)).toEqual(['Public child']);
    expect(item).toEqual({ html: 'Item', children: [] });
    expect(published(parsed)).not.toMatch(/a doc|thread|google|slack/);
  });

  it('withholds a line that names an internal host without a link, and the apex slack.com', () => {
    const parsed = parse('- Ask in grafana.slack.com/archives/C1 first\n- Status page at https://slack.com/intl/en-gb/\n- Keep this\n');
    expect(parsed.episode.talkingPoints[0]!.points.map((point) => point.html)).toEqual(['Keep this']);
    expect(internalWarnings(parsed).map(([, problem]) => problem)).toEqual([
      expect.stringContaining('(grafana.slack.com)'), expect.stringContaining('(slack.com)'),
    ]);
  });

  it('withholds a reference-style link whose definition points at an internal host', () => {
    const parsed = parse('- See [the notes][notes]\n- Keep this\n\n[notes]: https://docs.google.com/document/d/x\n');
    expect(parsed.episode.talkingPoints[0]!.points.map((point) => point.html)).toEqual(['Keep this']);
    expect(published(parsed)).not.toContain('docs.google');
  });
});
