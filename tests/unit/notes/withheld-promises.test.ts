// README promises about what a note withholds that had no test of their own: each test is named after
// the README's words and fails when that rule alone is broken (docs/promises.md lists the break tried).
import { describe, expect, it } from 'vitest';
import { deniedUrlsInText, isDeniedHost } from '../../../src/lib/notes/link-hosts.ts';
import { parseNote, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
const HEAD = '---\nurl: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\n---\n# [[GOH 26 - Title]]\n\nGuest:: Ryan Perry\n\n';
const parse = (body: string): ParsedNote => parseNote(`${HEAD}${body}`, 'note.md', options);
const points = (parsed: ParsedNote) => parsed.episode.talkingPoints.flatMap((group) => group.points.map((point) => point.html));

describe('placeholders: "a `<name>` on its own, not code such as `Map<string>`"', () => {
  it('keeps `Map<string>` as code and withholds a lone `<name>`', () => {
    const parsed = parse('## Talking points\n\n- Use a `Map<string>` for the labels\n- Say hello to `<guest>`\n');
    expect(points(parsed)).toEqual(['Use a <code>Map&#x3C;string></code> for the labels']);
    expect(parsed.withheld.filter((item) => item.reason === 'template placeholder').map((item) => item.line)).toEqual([12]);
  });
});

describe('empty items are dropped', () => {
  it('publishes no empty bullet between two points, at the top level of a list', () => {
    const parsed = parse('## Talking points\n\n- Intro\n- \n- Outro\n');
    expect(points(parsed)).toEqual(['Intro', 'Outro']);
    expect(parsed.html).not.toMatch(/<li>\s*<\/li>/);
  });
});

describe('internal links in any spelling: "a port … makes no difference"', () => {
  it('withholds a point linking to an internal host on a port of its own, not only the default one', () => {
    const denied = ['docs.google.com'];
    expect(isDeniedHost('https://docs.google.com:8443/document/d/X', denied)).toBe(true);
    expect(deniedUrlsInText('see docs.google.com:8080/document/d/X', denied)).toEqual(['docs.google.com:8080/document/d/X']);
    const parsed = parse('## Talking points\n\n- Read [the plan](https://docs.google.com:8443/document/d/X)\n- Public point\n');
    expect(points(parsed)).toEqual(['Public point']);
    expect(parsed.withheld.filter((item) => item.reason === 'internal link').map((item) => item.line)).toEqual([11]);
  });
});

describe('topics: "in the talking points when named at least three times (a passing mention is no topic)"', () => {
  it('gives no topic for two mentions in the talking points, and the topic for three', () => {
    const topicsOf = (parsed: ParsedNote) => parsed.episode.topics.map((topic) => topic.name);
    expect(topicsOf(parse('## Talking points\n\n- Tempo in production\n- Tempo at scale\n'))).not.toContain('Tempo');
    expect(topicsOf(parse('## Talking points\n\n- Tempo in production\n- Tempo at scale\n- Tempo next\n'))).toContain('Tempo');
  });
});

describe('chapters: "the template\'s lone `00:00:00 Introductions` is no chapters yet"', () => {
  it('publishes no chapter for it, says chapters are missing, and keeps a real first chapter', () => {
    const parsed = parse('## Talking points\n\n- A point\n\n## Timestamps\n\n00:00:00 Introductions\n');
    expect(parsed.episode.chapters).toEqual([]);
    expect(parsed.episode.missing).toContain('chapters');
    expect(parse('## Talking points\n\n- A point\n\n## Timestamps\n\n00:00:00 Introductions\n00:05:00 Demo\n').episode.chapters).toHaveLength(2);
  });
});

describe('notes to the hosts: "their first names (the episode\'s `hosts:` and every show\'s `defaultHosts`)"', () => {
  it('withholds a point addressed to another show\'s default hosts, in a note of this show', () => {
    const base = testParserOptions();
    const otherShow = { ...base.shows[0]!, slug: 'loki-community-call', name: 'Loki Community Call', defaultHosts: ['Nicole van der Hoeven', 'Jay Clifford'] };
    const withOtherShow = testParserOptions({ shows: [base.shows[0]!, otherShow] });
    const parsed = parseNote(`${HEAD}## Talking points\n\n- Nicole and Jay make sure to post the blog link\n- How we run Loki\n`, 'note.md', withOtherShow);
    expect(parsed.episode.show).toBe(base.shows[0]!.slug);
    expect(parsed.episode.hosts).not.toContain('Nicole van der Hoeven');
    expect(points(parsed)).toEqual(['How we run Loki']);
    expect(parsed.withheld.filter((item) => item.reason === 'note to the hosts').flatMap((item) => item.texts)).toEqual(['Nicole and Jay make sure to post the blog link']);
  });
});

describe('what is a draft: "`draft` … (or with `draft: true`)"', () => {
  it('keeps a note with a video, a date and a number off the site when it says `draft: true`', () => {
    const body = '# [[GOH 26 - Title]]\n\n## Talking points\n\n- A point\n';
    const aired = parseNote(`---\nurl: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\n---\n${body}`, 'note.md', options);
    const marked = parseNote(`---\nurl: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\ndraft: true\n---\n${body}`, 'note.md', options);
    expect(aired.episode.status).toBe('published');
    expect(marked.episode.status).toBe('draft');
    expect(marked.episode.key).toMatch(/^drafts\//);
  });
});
