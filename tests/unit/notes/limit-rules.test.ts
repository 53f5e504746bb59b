// Each parsing limit the README states, checked on its own by the pass that enforces it, before any
// parsing (issue 27: breaking a limit showed only as a hang, or in a slow test of another shape).
import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { flowWorkTracker } from '../../../src/lib/notes/flow-limits.ts';
import { assertWithinLimits, MAX_INDENT_COLUMNS, MAX_NOTE_BYTES } from '../../../src/lib/notes/limits.ts';

function refusal(check: () => void): NoteError | undefined {
  try {
    check();
  } catch (error) {
    if (error instanceof NoteError) return error;
    throw error;
  }
  return undefined;
}

/** Feeds a note's lines to the flow tracker, as the parser's first pass does. */
function trackLines(lines: readonly string[]): NoteError | undefined {
  const track = flowWorkTracker('note.md');
  return refusal(() => lines.forEach((content, index) => track(content, index + 1)));
}

describe('the limits on a note, each on its own', () => {
  it('P01: refuses a note over 4 MB at line 1, before reading it further', () => {
    expect(MAX_NOTE_BYTES).toBe(4 * 1024 * 1024);
    const error = refusal(() => assertWithinLimits('a'.repeat(MAX_NOTE_BYTES + 1), 'note.md'));
    expect(error?.message).toMatch(/note\.md:1: the note is 4\.0 MB, more than an episode note can be \(4 MB\)/);
    expect(refusal(() => assertWithinLimits(`# Title\n\n${'word '.repeat(100_000)}`, 'note.md'))).toBeUndefined();
  });

  it('P02: refuses a line indented past 256 columns (lists about 64 levels deep), naming the line', () => {
    const deep = ['# Title', '', `${' '.repeat(MAX_INDENT_COLUMNS + 1)}- too deep`].join('\n');
    expect(refusal(() => assertWithinLimits(deep, 'note.md'))?.message).toMatch(/note\.md:3: this line is indented more than 256 columns/);
    const fine = ['# Title', '', `${' '.repeat(40)}- ten levels deep`].join('\n');
    expect(refusal(() => assertWithinLimits(fine, 'note.md'))).toBeUndefined();
  });

  it('P07: refuses a note with too many headings underlined with === for its length, at the line past the limit', () => {
    const underlined = Array.from({ length: 1_200 }, (_, index) => [`Heading ${index}`, '==='] ).flat();
    const error = trackLines(underlined);
    expect(error?.message).toMatch(/note\.md:\d+: the note has too many headings underlined with === or ---/);
    expect(error?.message).toMatch(/write headings with #/);
    // A real note's few underlined headings are far from it.
    expect(trackLines(Array.from({ length: 20 }, (_, index) => [`Heading ${index}`, '---', 'Some text.', '']).flat())).toBeUndefined();
  });

  it('P08: refuses a quote whose paragraph goes on for too many lines without its > markers, at the line it began', () => {
    const lazy = ['Some text.', '', '> A quote begins', ...Array.from({ length: 1_500 }, (_, index) => `and goes on lazily ${index}`)];
    const error = trackLines(lazy);
    expect(error?.message).toMatch(/note\.md:3: this quote's paragraph goes on for too many lines without its > markers/);
    // Quoted lines with their markers, and a short lazy paragraph, cost nothing.
    expect(trackLines(['> quoted', ...Array.from({ length: 1_500 }, () => '> still quoted')])).toBeUndefined();
    expect(trackLines(['> A quote', ...Array.from({ length: 50 }, () => 'lazy line')])).toBeUndefined();
  });
});
