import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashWord } from '../../../src/lib/leak-guard/word-hashes.ts';
import { normaliseWords, TEXT_BREAK, tokenise, withinOneText } from '../../../src/lib/leak-guard/words.ts';

/** The definition the scanner implements: NFKC, then lower case, runs of Unicode letters and digits. */
const reference = (text: string) => text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

describe('the words of a text', () => {
  it('are its lower-case runs of letters and digits, whatever the script, after NFKC (so 𝐁 is b)', () => {
    expect(normaliseWords('Zoë\u00a0Martínez-Ortega: ﬁne, ＡＢＣ 3.5 😀 𝐁old Ünïcödé')).toEqual(['zoë', 'martínez', 'ortega', 'fine', 'abc', '3', '5', 'bold', 'ünïcödé']);
  });

  it('agree with the regular-expression definition, and carry each word\'s hashWord', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      const words = tokenise(text);
      const strings = Array.from({ length: words.length }, (_, index) => words.at(index));
      expect(strings).toEqual(reference(text));
      expect([...words.hashes]).toEqual(strings.map(hashWord));
    }), { numRuns: 2000 });
  });

  it('know which words are of one text: a run never spans a TEXT_BREAK', () => {
    const piece = fc.oneof(fc.constantFrom('a', 'bc', ' ', '.', TEXT_BREAK, `${TEXT_BREAK}${TEXT_BREAK}`), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const words = tokenise(text);
      // The reference: the text of each word, by splitting the text at its breaks first.
      const textOf = text.split(TEXT_BREAK).flatMap((part, index) => reference(part).map(() => index));
      expect(textOf).toHaveLength(words.length);
      for (let start = 0; start < words.length; start += 1) {
        for (let length = 1; start + length <= words.length; length += 1) {
          expect(withinOneText(words, start, length)).toBe(textOf[start] === textOf[start + length - 1]);
        }
      }
    }), { numRuns: 1000 });
  });
});
