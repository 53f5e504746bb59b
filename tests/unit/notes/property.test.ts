import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';
import { propertySeed } from '../../support/property-seed.ts';

const options = testParserOptions();

const hostile = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<b onclick="x()">b</b>', '[x](javascript:alert(1))',
  '<a href="javascript:alert(1)">a</a>', '<iframe src="https://evil.example"></iframe>', '<style>*{}</style>',
  '<object data=x></object>', '[d](data:text/html,hi)', '<svg onload=alert(1)>', '`code`', '**bold**', '[[Wiki|alias]]', '#tag',
);
const word = fc.constantFrom('loki', 'tempo', 'profiling', 'dashboards', 'alerts', 'metrics', 'query', 'grafana', 'traces');
const text = fc.array(fc.oneof(word, hostile), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
// A title (of the episode or a chapter) starts with a word: one of markup alone is an error of its own
// (tests/unit/notes/hostile.test.ts); it holds no wikilink, as the episode's heading is one.
const title = fc.tuple(word, fc.array(fc.oneof(word, hostile.filter((part) => !part.includes('[['))), { maxLength: 5 }))
  .map(([first, rest]) => [first, ...rest].join(' '));
const indent = fc.constantFrom('', '\t', '    ', '  ');
const listItem = fc.tuple(indent, text).map(([pad, content]) => `${pad}- ${content}`);
// A timestamp-like line in Talking points is just text there.
const timestampText = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 59 }), text)
  .map(([hours, minutes, title]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00 ${title}`);

const PUBLIC = ['Talking points', 'Timestamps', 'Reference links'] as const;
const INTERNAL = ['Checklist', 'Pre-show checklist', 'Just before the show', 'Post-show checklist'];
const DENIED_URLS = ['https://docs.google.com/document/d/', 'https://grafana.slack.com/archives/', 'https://drive.google.com/file/', 'http://slack.com/x/', 'calendar.google.com/event?id='];

/**
 * Text a public section must withhold, carrying the section's marker: a line linking to or naming a
 * deny-listed host (as an item, nested item, paragraph, quote, table row, heading or code block), a
 * template placeholder, an Obsidian comment inline or as a block.
 */
const secret = (marker: string) => fc.tuple(
  fc.constantFrom(...DENIED_URLS),
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

/** The ways the team writes a chapter's time: `HH:MM:SS`, `H:MM:SS`, and `MM:SS` in the first hour. */
const two = (value: number) => String(value).padStart(2, '0');
function timeText(seconds: number, form: number): string {
  const [hours, minutes, rest] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  if (form === 2 && hours === 0) return `${two(minutes)}:${two(rest)}`;
  return form === 1 ? `${hours}:${two(minutes)}:${two(rest)}` : `${two(hours)}:${two(minutes)}:${two(rest)}`;
}

/**
 * One unit of a Timestamps section: chapters (a line, a list item, several lines of one paragraph), or
 * text it must withhold. A chapter may carry a secret too: an inline comment or a nested item with an
 * internal link. Times are filled in later, so that they increase across the note; `count` says how many.
 */
type ChapterUnit = { count: number; write: (times: string[]) => string };
const chapterUnit = (marker: string): fc.Arbitrary<ChapterUnit> => fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 3 }), title, fc.constantFrom(' ', ' - ', ' – ', ' | ')).map(([count, name, separator]): ChapterUnit => ({
    count, write: (times) => times.map((time, index) => `${time}${separator}${name} ${index}`).join('\n'),
  })),
  title.map((name): ChapterUnit => ({ count: 1, write: ([time]) => `- ${time} ${name}` })),
  fc.constantFrom(...DENIED_URLS).map((url): ChapterUnit => ({ count: 1, write: ([time]) => `- ${time} Demo\n\t- ${marker} nested [doc](${url}${marker})` })),
  fc.constant<ChapterUnit>({ count: 1, write: ([time]) => `${time} Questions %%${marker} private aside%% from chat` }),
);
const timestampsUnit = (marker: string) => fc.oneof(
  { weight: 3, arbitrary: chapterUnit(marker) },
  { weight: 1, arbitrary: secret(marker).filter((line) => !/public point/.test(line)).map((line): ChapterUnit => ({ count: 0, write: () => line })) },
);

/** A section as written, and the chapters it holds: their starts in seconds, as the test itself counts them. */
interface Section { text: string; chapterStarts: number[] }

/**
 * A section; internal ones carry a unique marker word that must never be published, public ones hide it
 * in text they must withhold. Section `index` writes its chapters from hour 5 * index on, so that
 * chapters still increase when a note has several Timestamps sections.
 */
const section = (marker: string, index: number): fc.Arbitrary<Section> => fc.oneof(
  fc.tuple(fc.constantFrom('Talking points', 'Reference links'), fc.constantFrom('##', '###'), fc.array(fc.oneof(listItem, timestampText, secret(marker)), { maxLength: 6 }))
    .map(([name, level, lines]) => ({ text: `${level} ${name}\n\n${lines.join('\n')}\n`, chapterStarts: [] })),
  fc.tuple(fc.constantFrom('##', '###'), fc.array(timestampsUnit(marker), { maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 1200 }), { minLength: 15, maxLength: 15 }), fc.integer({ min: 0, max: 2 }))
    .map(([level, units, gaps, form]) => {
      const starts: number[] = [];
      let next = index * 5 * 3600;
      const written = units.map((unit) => unit.write(Array.from({ length: unit.count }, () => {
        next += gaps[starts.length]!;
        starts.push(next);
        return timeText(next, form);
      })));
      // Blank lines between units: a chapter line right after a list item would be part of that item.
      return { text: `${level} Timestamps\n\n${written.join('\n\n')}\n`, chapterStarts: starts };
    }),
  // Known internal names are withheld at any level; an unknown top-level section is withheld too (an
  // unknown subsection of Talking points is one of its public groups, as in the team's newer template).
  fc.oneof(
    fc.tuple(fc.constantFrom(...INTERNAL), fc.constantFrom('##', '###', '####')),
    fc.tuple(fc.constantFrom('Secret plans', 'Notes'), fc.constant('##')),
  ).chain(([name, level]) => fc.array(listItem, { maxLength: 4 })
    .map((lines) => ({ text: `${level} ${name}\n\n- ${marker} internal note\n${lines.join('\n')}\n> ${marker} quoted\n`, chapterStarts: [] }))),
);

const note = fc.tuple(fc.integer({ min: 1, max: 999 }), title, fc.uniqueArray(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 6 }), fc.boolean())
  .chain(([number, title, markers, withFrontmatter]) => fc.tuple(
    fc.constant({ number, title, markers: markers.map((seed) => `zqx${seed}marker`) }),
    fc.tuple(...markers.map((seed, index) => section(`zqx${seed}marker`, index))),
    fc.constant(withFrontmatter),
  ))
  .map(([{ number, title, markers }, sections, withFrontmatter]) => ({
    markers,
    chapterStarts: sections.flatMap((part) => part.chapterStarts),
    text: `${withFrontmatter ? '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-03-01\n---\n' : ''}# [[GOH ${number} - ${title}]]\n\n${sections.map((part) => part.text).join('\n')}`,
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

// Seeded as every property test is (tests/support/property-seed.ts); PROPERTY_RUNS=<n> reads more or fewer notes.
const seed = propertySeed;
const numRuns = Number(process.env.PROPERTY_RUNS ?? 300);
console.log(`property tests of the note parser: PROPERTY_SEED=${seed} PROPERTY_RUNS=${numRuns}`);

describe('any note the team could write (fast-check)', () => {
  it('gives an episode, never unsafe HTML, never withheld text, internal links, placeholders or comments, and every chapter at its time', () => {
    fc.assert(fc.property(note, ({ text, markers, chapterStarts }) => {
      // Every generated note is valid: an error here is a finding, not an expected outcome.
      const result = parseNote(text, 'generated.md', options);
      expect(unsafeMarkup(result.html)).toEqual([]);
      for (const point of result.episode.talkingPoints.flatMap((group) => group.points)) expect(unsafeMarkup(point.html)).toEqual([]);
      const published = `${result.html}\n${JSON.stringify(result.episode)}`;
      for (const marker of markers) expect(published).not.toContain(marker);
      // The starts the generator counted itself (hours of 3,600 s), not what the parser computes.
      expect(result.episode.chapters.map((chapter) => chapter.start)).toEqual(chapterStarts);
    }), { seed, numRuns });
  });

  it('stops at a chapter that is not after the one before, or at minute or second 60, naming its line', () => {
    const bad = fc.constantFrom('00:00:60 Sixty seconds', '00:60:00 Sixty minutes', 'SAME Same time', '00:00:01 Back to the start');
    fc.assert(fc.property(note.filter(({ chapterStarts }) => chapterStarts.length > 0), bad, ({ text, chapterStarts }, line) => {
      // Right after the first chapter line of the note: every chapter is at 00:00:01 or later.
      const lines = text.split('\n');
      // A subsection of Timestamps (a heading one level down or more) is still part of it, unless it names a section.
      let timestampsDepth = 0;
      const first = lines.findIndex((candidate) => {
        const depth = /^(#{1,6}) /.exec(candidate)?.[1]!.length;
        const named = [...PUBLIC, ...INTERNAL].some((name) => candidate.endsWith(` ${name}`));
        if (depth && (named || depth <= timestampsDepth)) timestampsDepth = candidate.endsWith(' Timestamps') ? depth : 0;
        return timestampsDepth > 0 && /^(?:- )?\d{1,2}:\d{2}(?::\d{2})?[ |–-]/.test(candidate);
      });
      const time = lines[first]!.replace(/^- /, '').split(/[ |–]/)[0]!;
      lines.splice(first + 1, 0, '', line.replace('SAME', time), '');
      // With a video and a date the note would be published, so the bad chapter stops it (in a draft it is a warning).
      const aired = '---\nurl: https://youtu.be/AAAAAAAAAAA\ndate: 2024-01-19\n---\n';
      let error: unknown;
      try {
        parseNote(aired + lines.join('\n'), 'generated.md', options);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(NoteError);
      expect((error as NoteError).message).toMatch(new RegExp(`^generated\\.md:${first + 3 + 4}: `));
    }), { seed, numRuns: Math.ceil(numRuns / 3) });
  });
});
