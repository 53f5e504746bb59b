import { describe, expect, it } from 'vitest';
import { foldFilterList, type FilterListValue } from '../../../src/lib/search/filter-folding.ts';

const values = (count: number): FilterListValue[] => Array.from({ length: count }, (_, index) => ({
  // Names in reverse order of frequency: "Guest 01" is the rarest, so a list sorted by name would differ.
  text: `Guest ${String(index + 1).padStart(2, '0')}`, count: index + 1, ticked: false, listed: true,
}));
const shownOf = (list: FilterListValue[], open: boolean) => {
  const folding = foldFilterList(list, open);
  return folding ? folding.order.filter((value) => !folding.folded.has(value)).map((value) => value.text) : list.map((value) => value.text);
};

describe('a long filter list in the search pane', () => {
  it('shows a list of ten values whole, and folds one of eleven to its eight most frequent', () => {
    expect(foldFilterList(values(10), false)).toBeUndefined();
    expect(shownOf(values(11), false)).toEqual(['Guest 11', 'Guest 10', 'Guest 09', 'Guest 08', 'Guest 07', 'Guest 06', 'Guest 05', 'Guest 04']);
  });

  it('counts only the values the pane lists (those with results) towards the ten', () => {
    const list = values(12).map((value, index) => ({ ...value, listed: index >= 2 }));
    expect(foldFilterList(list, false)).toBeUndefined();
  });

  it('always shows a ticked value, first, even a rare one, or one the pane does not list', () => {
    const list = values(11).map((value) => ({ ...value, ticked: value.text === 'Guest 01' }));
    expect(shownOf(list, false)).toEqual(['Guest 01', 'Guest 11', 'Guest 10', 'Guest 09', 'Guest 08', 'Guest 07', 'Guest 06', 'Guest 05']);
    const unlisted = [...values(11), { text: 'Guest 00', count: 0, ticked: true, listed: false }];
    expect(shownOf(unlisted, false)).toContain('Guest 00');
  });

  it('shows every value by name once opened ("Show all")', () => {
    expect(shownOf(values(11), true)).toEqual(values(11).map((value) => value.text));
  });
});
