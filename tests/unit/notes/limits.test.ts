import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { MAX_INLINE_MARKUP, MAX_MARKER_RUN } from '../../../src/lib/notes/limits.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';
import { growthFactor } from '../../support/growth.ts';
import { pathologicalNotes } from '../../support/pathological-notes.ts';

const options = testParserOptions();
const HEAD = '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-01-01\n---\n# [[GOH 1 - Title]]\n\n';

function refusal(text: string, file = 'note.md'): NoteError {
  try {
    parseNote(text, file, options);
  } catch (error) {
    if (error instanceof NoteError) return error;
    throw error;
  }
  throw new Error('the note was parsed');
}

describe('input built to make the parser slow or deep', () => {
  it('stops the review\'s draft (- then 10,000 stars, a, 10,000 stars) with an error naming the file and line', () => {
    const file = 'tests/fixtures/pathological/emphasis-run.md';
    const error = refusal(readFileSync(file, 'utf8'), file);
    expect(error.file).toBe(file);
    expect(error.line).toBe(9);
    expect(error.message).toContain(`a run of more than ${MAX_MARKER_RUN} emphasis markers`);
    expect(error.fix).toMatch(/code/);
  });

  for (const [name, note] of Object.entries(pathologicalNotes)) {
    it(`stops ${name} with an error at line ${note.line}, saying what to change`, () => {
      const error = refusal(note.text, `${name}.md`);
      expect(error.line, error.message).toBe(note.line);
      expect(error.fix.length).toBeGreaterThan(10);
    });
  }

  it('stops a title of more than 300 characters in a heading short enough to pass, at the heading\'s line', () => {
    const title = 'A rather long title '.repeat(20).trim();
    const error = refusal(`${HEAD.replace('# [[GOH 1 - Title]]', `# [[GOH 1 - ${title}]]`)}## Talking points\n\n- A point\n`);
    expect(error.line).toBe(5);
    expect(error.message).toContain(`the title is ${title.length} characters long, more than an episode title can be (300)`);
  });

  it('stops a heading of more than 1,000 characters inside the talking points, at its line', () => {
    const error = refusal(`${HEAD}## Talking points\n\n### ${'a'.repeat(1_200)}\n\n- A point\n`);
    expect(error.line).toBe(9);
    expect(error.message).toContain('this heading is 1,204 characters long, more than a heading can be (1,000)');
  });

  it('stops a paragraph of more than 2,000 lines without a blank line, at its first line', () => {
    const error = refusal(`${HEAD}## Talking points\n\n${'a plain line of a pasted log\n'.repeat(2_001)}`);
    expect(error.line).toBe(9);
    expect(error.message).toContain('this paragraph or item runs for more than 2,000 lines without a blank line');
  });

  it('lets a draft with a long title or hundreds of guests be, with a warning', () => {
    const text = pathologicalNotes['500 guests']!.text.replace('---\n#', 'draft: true\n---\n#');
    const note = parseNote(text, 'draft.md', options);
    expect(note.episode.status).toBe('draft');
    expect(note.warnings.map((warning) => warning.problem).join('\n')).toMatch(/names 500 guests, more than an episode can have/);
  });

  it('keeps what real notes write: bold, fill-in lines, rules, snake_case, code, a table of links', () => {
    const table = `| Name | Link |\n|---|---|\n${'| **Loki** | [docs](https://grafana.com/docs/loki/) |\n'.repeat(100)}`;
    const body = `## Talking points\n\n- ***Very*** important and ~~old~~ news\n- Name: ______________________\n\n***\n\n${'- metric_name_total and log_line_count\n'.repeat(300)}\n\`\`\`\n${'**'.repeat(5_000)}\n\`\`\`\n\n${table}`;
    const note = parseNote(HEAD + body, 'real.md', options);
    expect(note.html).toContain('<strong>Very</strong>');
    expect(note.html).toContain('______________________');
  });

  it('does parsing work that grows linearly with a note of many items at the limits', () => {
    // Each item holds as much markup as a paragraph may, in the parser's slowest shapes. Two sizes in the
    // same test, by this thread's CPU time (tests/support/growth.ts): a busy machine slows both alike.
    const item = (index: number) => `- ${['*[_', '[', '`a', '*a'][index % 4]!.repeat(Math.floor(MAX_INLINE_MARKUP / 3) - 1)}a\n`;
    const note = (items: number) => `${HEAD}## Talking points\n\n${Array.from({ length: items }, (_, index) => item(index)).join('')}`;
    const [small, large] = [note(10), note(40)];
    const factor = growthFactor(() => parseNote(small, 'limits.md', options), () => parseNote(large, 'limits.md', options));
    // 4 times the input: linear work is about 4 times as much; quadratic would be 16 times.
    expect(factor).toBeLessThan(10);
  });
});
