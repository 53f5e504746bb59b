// Obsidian's own syntax in public sections: what a visitor sees of it, and what never reaches them.
import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
const HEAD = '---\nurl: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\n---\n# [[GOH 26 - Title]]\n\n';
const parse = (body: string): ParsedNote => parseNote(`${HEAD}${body}`, 'note.md', options);
const points = (parsed: ParsedNote) => parsed.episode.talkingPoints.flatMap((group) => group.points.map((point) => point.html));
const published = (parsed: ParsedNote) => `${parsed.html}\n${JSON.stringify(parsed.episode)}`;

describe('Obsidian comments', () => {
  it('never publishes an inline comment, and records it as withheld', () => {
    const parsed = parse('## Talking points\n\n- Intro %%ask about the reorg first%% and welcome\n');
    expect(points(parsed)).toEqual(['Intro  and welcome']);
    expect(published(parsed)).not.toContain('reorg');
    expect(parsed.withheld).toContainEqual({ reason: 'comment', section: '(comment)', line: 9, texts: ['ask about the reorg first'] });
  });

  it('never publishes a block comment, and keeps the line numbers after it', () => {
    const body = '## Talking points\n\n- Intro\n%%\nThe guest asked us not to mention\nthe acquisition rumours\n%%\n- Outro\n\n## Timestamps\n\n00:10 Late\n00:05 Early\n';
    const error = (() => { try { parse(body); } catch (e) { return e as NoteError; } throw new Error('expected an error'); })();
    expect(error.line).toBe(`${HEAD}${body}`.split('\n').indexOf('00:05 Early') + 1);
    const parsed = parse(body.replace('00:05 Early', '00:20 Later'));
    expect(points(parsed)).toEqual(['Intro', 'Outro']);
    expect(published(parsed)).not.toMatch(/acquisition|asked us/);
    expect(parsed.withheld).toContainEqual({ reason: 'comment', section: '(comment)', line: 10, texts: ['The guest asked us not to mention', 'the acquisition rumours'] });
  });

  it('hides the rest of the note after a comment left open, as Obsidian does', () => {
    const parsed = parse('## Talking points\n\n- Intro\n- Private %%from here on\n- nothing is public\n');
    expect(points(parsed)).toEqual(['Intro', 'Private']);
    expect(published(parsed)).not.toContain('nothing is public');
  });

  it('leaves %% in code alone', () => {
    const parsed = parse('## Talking points\n\n- Format with `printf("%%d")` and `%%`\n');
    expect(points(parsed)).toEqual(['Format with <code>printf("%%d")</code> and <code>%%</code>']);
    expect(parsed.withheld.filter((item) => item.reason === 'comment')).toEqual([]);
  });

  it('keeps a Dataview field in a comment out of the data', () => {
    expect(parse('%% Guest:: Secret Person %%\nGuest:: Ryan Perry\n').episode.guests).toEqual(['Ryan Perry']);
  });
});

describe('empty list items', () => {
  it('drops the template\'s empty `\\t- ` under an item, never turning the item into a heading', () => {
    const parsed = parse('## Talking points\n\n- `<topic>`\n\t- \n- Outro\n\t- \n- Last\n  -\n');
    expect(parsed.episode.talkingPoints).toEqual([{ points: [
      { html: 'Outro', children: [] },
      { html: 'Last', children: [] },
    ] }]);
    expect(parsed.html).not.toContain('<h2>Outro');
  });
});
