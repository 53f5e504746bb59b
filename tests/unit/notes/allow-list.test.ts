// Publishing is an allow-list: only the public sections are published, and in them nothing that links
// to a deny-listed host. The expected HTML, lists and messages are written out by hand from the notes
// below, not derived from the parser's own report of what it withheld (which would shrink with the bug).
import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../../src/lib/config/define-site-config.ts';
import { parseNote, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
// Lines 1-4: frontmatter; 5 the heading, 6 blank: the body starts on line 7.
const parse = (body: string): ParsedNote => parseNote(`---\nurl: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\n---\n# [[GOH 26 - Title]]\n\n${body}`, 'note.md', options);
const published = (parsed: ParsedNote) => `${parsed.html}\n${JSON.stringify(parsed.episode)}`;

describe('a section that is not on the allow-list', () => {
  const parsed = parse([
    '## Talking points', '', '- A point', '',
    '## Notes', '', '- Ask Jane about the zebra budget', '', '### Talking points later', '', '- Still in Notes', '',
    '# Scratch', '', 'Half a thought about quokkas', '',
    '## Reference links', '', '- [Docs](https://grafana.com/docs/)', '',
  ].join('\n'));

  it('is withheld at the top level whatever its name, with a warning, and a public section after it is published', () => {
    expect(parsed.html).toBe(
      '<section><h2 id="talking-points">Talking points</h2><ul><li>A point</li></ul></section>'
      + '<section><h2 id="reference-links">Reference links</h2><ul><li><a href="https://grafana.com/docs/">Docs</a></li></ul></section>',
    );
    expect(parsed.episode.talkingPoints.map((group) => [group.heading?.text, group.points.map((point) => point.html)])).toEqual([[undefined, ['A point']]]);
    for (const text of ['zebra', 'Still in Notes', 'quokkas', 'Scratch']) expect(published(parsed), text).not.toContain(text);
  });

  it('is reported as withheld, by name and line', () => {
    expect(parsed.warnings.map((warning) => [warning.line, warning.problem])).toEqual([
      [11, 'the section "Notes" is not published: it is not one of the public sections'],
      // A subsection of a withheld section is withheld with it (its name is close to a public one, but not one).
      [15, 'the section "Talking points later" is not published: it is not one of the public sections'],
      [19, 'the section "Scratch" is not published: it is not one of the public sections'],
    ]);
  });
});

describe('the denied hosts', () => {
  it('are Slack (any workspace), Google Docs, Drive and Calendar by default', () => {
    const config = defineSiteConfig({
      showName: 'Show', tagline: 'A show.', site: 'https://example.org', seriesPrefix: 'GOH', defaultHosts: ['Host'], youtubeChannel: 'https://www.youtube.com/@grafana',
    });
    expect(config.deniedLinkHosts).toEqual(['*.slack.com', 'docs.google.com', 'drive.google.com', 'calendar.google.com']);
  });

  it('withhold a link to each of them, as a link or named in the text, and keep every other link', () => {
    const parsed = parse([
      '## Reference links', '',
      '- [Thread](https://grafana.slack.com/archives/C1)', '- [Slack](https://slack.com/intl/en-gb/)',
      '- [Doc](https://docs.google.com/document/d/x)', '- [File](https://drive.google.com/file/d/y)',
      '- [Invite](https://calendar.google.com/calendar/event?eid=abc)', '- The slot is on calendar.google.com/calendar/u/0/r',
      '- [Docs](https://grafana.com/docs/)', '- [Google](https://www.google.com/)', '- [Calendar app](https://calendar.example.org/)', '',
    ].join('\n'));
    expect(parsed.episode.links).toEqual([
      { title: 'Docs', url: 'https://grafana.com/docs/' },
      { title: 'Google', url: 'https://www.google.com/' },
      { title: 'Calendar app', url: 'https://calendar.example.org/' },
    ]);
    expect(parsed.warnings.map((warning) => [warning.line, /\(([^)]+)\)$/.exec(warning.problem)?.[1]])).toEqual([
      [9, 'grafana.slack.com'], [10, 'slack.com'], [11, 'docs.google.com'], [12, 'drive.google.com'], [13, 'calendar.google.com'], [14, 'calendar.google.com'],
    ]);
    for (const text of ['Thread', 'Invite', 'eid=abc', 'The slot', 'calendar.google', 'docs.google', 'drive.google', 'slack.com']) expect(published(parsed), text).not.toContain(text);
  });
});
