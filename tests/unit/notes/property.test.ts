import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();

const hostile = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<b onclick="x()">b</b>', '[x](javascript:alert(1))',
  '<a href="javascript:alert(1)">a</a>', '<iframe src="https://evil.example"></iframe>', '<style>*{}</style>',
  '<object data=x></object>', '[d](data:text/html,hi)', '<svg onload=alert(1)>', '`code`', '**bold**', '[[Wiki|alias]]', '#tag',
);
const word = fc.constantFrom('loki', 'tempo', 'profiling', 'dashboards', 'alerts', 'metrics', 'query', 'grafana', 'traces');
const text = fc.array(fc.oneof(word, hostile), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const indent = fc.constantFrom('', '\t', '    ', '  ');
const listItem = fc.tuple(indent, text).map(([pad, content]) => `${pad}- ${content}`);
const timestamp = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 59 }), text)
  .map(([hours, minutes, title]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00 ${title}`);

const PUBLIC = ['Talking points', 'Timestamps', 'Reference links'] as const;
const INTERNAL = ['Checklist', 'Pre-show checklist', 'Just before the show', 'Post-show checklist'];

/**
 * Text a public section must withhold, carrying the section's marker: a line linking to or naming a
 * deny-listed host (as an item, nested item, paragraph, quote, table row, heading or code block), a
 * template placeholder, an Obsidian comment inline or as a block.
 */
const secret = (marker: string) => fc.tuple(
  fc.constantFrom('https://docs.google.com/document/d/', 'https://grafana.slack.com/archives/', 'https://drive.google.com/file/', 'http://slack.com/x/', 'calendar.google.com/event?id='),
  fc.constantFrom(
    (m: string, url: string) => `- ${m} see [the notes](${url}${m})`,
    (m: string, url: string) => `- public point\n\t- ${m} nested [doc](${url}${m})`,
    (m: string, url: string) => `\n${m} paragraph ${url}${m}\n`,
    (m: string, url: string) => `\n> quoted ${m} [thread](${url}${m})\n`,
    (m: string, url: string) => `\n| Tool | Link |\n| --- | --- |\n| ${m} | [x](${url}${m}) |\n`,
    (m: string, url: string) => `\n#### ${m} [prep](${url}${m})\n`,
    (m: string, url: string) => `\n\`\`\`\ncurl ${url}${m}\n\`\`\`\n`,
    (m: string) => `- Hello, I'm \`<name>\`, a ${m}`,
    (m: string) => `- public point %%${m} private aside%% more`,
    (m: string) => `\n%%\n${m} a private block\n%%\n`,
  ),
).map(([url, line]) => line(marker, url));

/** A section; internal ones carry a unique marker word that must never be published, public ones hide it in text they must withhold. */
const section = (marker: string) => fc.oneof(
  fc.tuple(fc.constantFrom(...PUBLIC), fc.constantFrom('##', '###'), fc.array(fc.oneof(listItem, timestamp, secret(marker)), { maxLength: 6 }))
    .map(([name, level, lines]) => `${level} ${name}\n\n${lines.join('\n')}\n`),
  // Known internal names are withheld at any level; an unknown top-level section is withheld too (an
  // unknown subsection of Talking points is one of its public groups, as in the team's newer template).
  fc.oneof(
    fc.tuple(fc.constantFrom(...INTERNAL), fc.constantFrom('##', '###', '####')),
    fc.tuple(fc.constant('Secret plans'), fc.constant('##')),
  ).chain(([name, level]) => fc.array(listItem, { maxLength: 4 })
    .map((lines) => `${level} ${name}\n\n- ${marker} internal note\n${lines.join('\n')}\n> ${marker} quoted\n`)),
);

const note = fc.tuple(fc.integer({ min: 1, max: 999 }), text, fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 6 }), fc.boolean())
  .chain(([number, title, markers, withFrontmatter]) => fc.tuple(
    fc.constant({ number, title, markers: markers.map((seed) => `zqx${seed}marker`) }),
    fc.tuple(...markers.map((seed) => section(`zqx${seed}marker`))),
    fc.constant(withFrontmatter),
  ))
  .map(([{ number, title, markers }, sections, withFrontmatter]) => ({
    markers,
    text: `${withFrontmatter ? '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-03-01\n---\n' : ''}# [[GOH ${number} - ${title}]]\n\n${sections.join('\n')}`,
  }));

/**
 * Unsafe markup as a browser would see it: elements and attributes of the parsed HTML, so that a
 * `<script>` shown as text in a code block (escaped, harmless) is not mistaken for one.
 */
function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (element) => {
    if (['script', 'style', 'iframe', 'object', 'embed', 'svg'].includes(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${name} attribute`);
      if (['href', 'src', 'action', 'formAction'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(String(value))) found.push(`${name}=${String(value)}`);
    }
  });
  return found;
}

describe('any note the team could write (fast-check)', () => {
  it('gives an episode or the project\'s error, never unsafe HTML, never withheld text, internal links, placeholders or comments', () => {
    fc.assert(fc.property(note, ({ text, markers }) => {
      let result;
      try {
        result = parseNote(text, 'generated.md', options);
      } catch (error) {
        expect(error).toBeInstanceOf(NoteError);
        expect((error as NoteError).message).toMatch(/^generated\.md:\d+: /);
        return;
      }
      expect(unsafeMarkup(result.html)).toEqual([]);
      for (const point of result.episode.talkingPoints.flatMap((group) => group.points)) expect(unsafeMarkup(point.html)).toEqual([]);
      const published = `${result.html}\n${JSON.stringify(result.episode)}`;
      for (const marker of markers) expect(published).not.toContain(marker);
    }), { numRuns: 300 });
  });
});
