import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseEndsAt, clauseStarts } from '../../../src/lib/notes/clauses.ts';

/** The end of the sentence or bracket at `from`, looked for forwards: what clauseEndsAt works out in one pass from the end. */
function endAfter(text: string, from: number, ends: (text: string, index: number) => boolean): number {
  for (let index = from; index < text.length; index++) if (ends(text, index)) return index + 1;
  return text.length;
}
const sentenceEnd = (text: string, index: number) => '.!?'.includes(text[index]!) && (index + 1 === text.length || /\s/.test(text[index + 1]!));
const bracketEnd = (text: string, index: number) => text[index] === ')';

describe('clauseEndsAt, where the clauses of a point end', () => {
  it('gives each clause the end of its sentence and of its bracket, as a look forwards from its start does', () => {
    const text = 'Ask about Loki. Then (Nicole: skip this) – and why? End';
    const starts = clauseStarts(text).map((clause) => clause.start);
    const ends = clauseEndsAt(text, starts);
    expect(starts.length).toBeGreaterThan(3);
    expect(ends.sentence).toEqual(starts.map((start) => endAfter(text, start, sentenceEnd)));
    expect(ends.bracket).toEqual(starts.map((start) => endAfter(text, start, bracketEnd)));
    expect(text.slice(starts[1]!, ends.sentence[1])).toBe('Then (Nicole: skip this) – and why?');
  });

  it('agrees with the look forwards on any text and offsets, the text\'s end included', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '.', '!', '?', ')', '(', '-', '–', ';', 'é'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.array(fc.nat(45)), (value, picked) => {
      const offsets = [...new Set(picked.map((offset) => Math.min(offset, value.length)))].sort((a, b) => a - b);
      const ends = clauseEndsAt(value, offsets);
      expect(ends.sentence).toEqual(offsets.map((offset) => endAfter(value, offset, sentenceEnd)));
      expect(ends.bracket).toEqual(offsets.map((offset) => endAfter(value, offset, bracketEnd)));
    }), { numRuns: 2000 });
  });
});
