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

describe('callouts', () => {
  it('render as a quote titled in bold, without the [!type] marker', () => {
    const parsed = parse('## Talking points\n\n> [!tip] Try it yourself\n> Grafana Play has a **Loki** dashboard.\n\n> [!NOTE]\n> Untitled callout\n');
    expect(points(parsed)).toEqual([
      '<blockquote>\n<p><strong>Try it yourself</strong></p>\n<p>Grafana Play has a <strong>Loki</strong> dashboard.</p>\n</blockquote>',
      '<blockquote>\n<p><strong>Note</strong></p>\n<p>Untitled callout</p>\n</blockquote>',
    ]);
    expect(parsed.html).not.toContain('[!');
  });
});

describe('reference-style links', () => {
  it('render as links in talking points and count as reference links', () => {
    const parsed = parse('## Talking points\n\n- Read [the docs][d] first\n\n## Reference links\n\n- [Pyroscope docs][d]\n- [Blog][]\n\n[d]: https://grafana.com/docs/pyroscope/\n[blog]: https://grafana.com/blog/\n');
    expect(points(parsed)).toEqual(['Read <a href="https://grafana.com/docs/pyroscope/">the docs</a> first']);
    expect(parsed.episode.links).toEqual([
      { title: 'Pyroscope docs', url: 'https://grafana.com/docs/pyroscope/' },
      { title: 'Blog', url: 'https://grafana.com/blog/' },
    ]);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('code and text that only look like template syntax', () => {
  it('keeps inline code with angle brackets; only a placeholder on its own is the template\'s', () => {
    const parsed = parse('## Talking points\n\n- Use a `Map<string, number>` here\n- Generics like Vec<T> too\n- Hello, I\'m `<name>`\n');
    expect(points(parsed)).toEqual(['Use a <code>Map&#x3C;string, number></code> here', 'Generics like Vec too']);
    expect(parsed.withheld.filter((item) => item.reason === 'template placeholder').map((item) => item.line)).toEqual([11]);
  });

  it('keeps `crate::module` text; a `Key:: value` field line is data, never published', () => {
    const parsed = parse('## Talking points\n\n- Rust paths like crate::module\n- std::collections::HashMap\nStatus:: ask legal before the show\n');
    expect(points(parsed)).toEqual(['Rust paths like crate::module', 'std::collections::HashMap']);
    expect(published(parsed)).not.toContain('ask legal');
    expect(parsed.withheld).toContainEqual({ reason: 'data field', section: 'Status::', line: 11, texts: ['ask legal before the show'] });
  });
});

describe('section headings', () => {
  it('are recognised with emoji and punctuation around their names', () => {
    const parsed = parse('## 📌 Talking Points:\n\n- A point\n\n## ⏱️ Timestamps —\n\n00:00 Intro\n\n## **Resources**\n\n- https://grafana.com/\n');
    expect(points(parsed)).toEqual(['A point']);
    expect(parsed.episode.chapters).toEqual([{ start: 0, title: 'Intro' }]);
    expect(parsed.episode.links.map((link) => link.url)).toEqual(['https://grafana.com/']);
  });

  it('keep the relative levels of talking-point subsections', () => {
    const parsed = parse('### Talking points\n\n#### Basics\n\n- a\n\n##### Detail\n\n- b\n');
    expect(parsed.episode.talkingPoints.map((group) => group.heading)).toEqual([{ text: 'Basics', depth: 3 }, { text: 'Detail', depth: 4 }]);
    expect(parsed.html).toMatch(/<h3 id="basics">Basics<\/h3>[\s\S]*<h4 id="detail">Detail<\/h4>/);
  });
});
