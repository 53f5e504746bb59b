import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { growthFactor } from '../../support/growth.ts';
import { testParserOptions } from '../../support/parser-options.ts';

// Shapes a hostile (or careless) note can take, each at two sizes four times apart: parsing is linear on
// each (about 4 times the work; quadratic would be 16), or stops at a limit with the file and line.
const options = testParserOptions();
const HEAD = '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-01-01\n---\n# [[GOH 1 - Title]]\n\n## Talking points\n\n- A point\n\n';
const lines = (count: number, make: (index: number) => string) => Array.from({ length: count }, (_, index) => make(index)).join('');

/** The parser's outcome: the episode parsed, or the limit that stopped it. */
function outcome(text: string): 'parsed' | NoteError {
  try {
    parseNote(text, 'shape.md', options);
    return 'parsed';
  } catch (error) {
    if (error instanceof NoteError) return error;
    throw error;
  }
}

const linear: Record<string, (count: number) => string> = {
  'a long Checklist in paragraphs of 1,000 lines (a | and a web address on each)': (count) => `## Checklist\n\n${`${'text with | a pipe and www.example.com\n'.repeat(1_000)}\n`.repeat(count / 1_000)}`,
  'a long table': (count) => `## Talking points\n\n| a | b |\n|---|---|\n${'| x | y |\n'.repeat(count)}`,
  'a wide table': (count) => `## Talking points\n\n|${' a |'.repeat(count)}\n|${'---|'.repeat(count)}\n|${' b |'.repeat(count)}\n`,
  'a long line of |': (count) => `## Talking points\n\n${'|'.repeat(count * 5)}\n`,
  'many footnotes': (count) => `## Talking points\n\n${lines(count, (index) => `- p[^${index}]\n`)}\n${lines(count, (index) => `[^${index}]: note ${index}\n\n`)}`,
  'many link reference definitions': (count) => `## Talking points\n\n${lines(count, (index) => `[r${index}]: https://example.com/${index}\n\n`)}${lines(count, (index) => `- [x][r${index}]\n`)}`,
  'many link reference definitions in the Checklist': (count) => `## Checklist\n\n${lines(count, (index) => `[r${index}]: https://example.com/${index}\n\n`)}## Talking points\n\n${lines(count, (index) => `- [x][r${index}]\n`)}`,
  'a deep block quote, every line marked': (count) => `## Talking points\n\n${`${'> '.repeat(30)}text\n`.repeat(count)}`,
  'many headings': (count) => `## Talking points\n\n${'### a\n'.repeat(count)}`,
};

const limited: Record<string, { note: (count: number) => string; line: number; says: RegExp }> = {
  // A paragraph of 16,000 lines with a | on each (GFM tables): its parsing time grew with its square.
  'a paragraph of 16,000 lines in the Checklist': { note: (count) => `## Checklist\n\n${'text with | a pipe and www.example.com\n'.repeat(count * 4)}`, line: 13, says: /runs for more than 2,000 lines without a blank line/ },
  'many lines of |': { note: (count) => `## Talking points\n\n${'a | b | c\n'.repeat(count)}`, line: 13, says: /runs for more than 2,000 lines/ },
  // Each pair `a` / `===` is a heading: the parser rewrites the note's events for each one.
  'many headings underlined with ===': { note: (count) => `## Talking points\n\n${'a\n=\n'.repeat(count)}`, line: 2_000, says: /too many headings underlined/ },
  'many headings underlined with ---': { note: (count) => `## Talking points\n\n${'a\n---\n'.repeat(count)}`, line: 2_000, says: /too many headings underlined/ },
  // 30 quotes opened on one line, then lines marked with three: each is a lazy line of the deepest paragraph.
  'a deep block quote continued by lazy lines': { note: (count) => `## Talking points\n\n${'> '.repeat(30)}a\n${'> > > text\n'.repeat(count)}`, line: 13, says: /quote's paragraph goes on for too many lines without its > markers/ },
  'a quote continued by lazy lines': { note: (count) => `## Talking points\n\n> a\n${'text\n'.repeat(count)}`, line: 13, says: /quote's paragraph goes on/ },
};

describe('parsing is linear on hostile shapes', () => {
  for (const [shape, note] of Object.entries(linear)) {
    it(shape, () => {
      const [small, large] = [`${HEAD}${note(1_000)}`, `${HEAD}${note(4_000)}`];
      expect(outcome(large)).toBe('parsed');
      const factor = growthFactor(() => parseNote(small, 'shape.md', options), () => parseNote(large, 'shape.md', options), { runs: 2 });
      // 4 times the input: linear work is about 4 times as much; quadratic would be 16 times.
      expect(factor).toBeLessThan(10);
    });
  }
});

describe('or stopped by a limit that names the file and the line', () => {
  for (const [shape, { note, line, says }] of Object.entries(limited)) {
    it(shape, () => {
      const [small, large] = [`${HEAD}${note(4_000)}`, `${HEAD}${note(16_000)}`];
      for (const text of [small, large]) {
        const result = outcome(text);
        expect(result).toBeInstanceOf(NoteError);
        expect((result as NoteError).message).toMatch(says);
        expect((result as NoteError).message).toContain(`shape.md:${line}:`);
      }
      const refuse = (text: string) => () => outcome(text);
      expect(growthFactor(refuse(small), refuse(large), { runs: 2 })).toBeLessThan(10);
    });
  }
});
