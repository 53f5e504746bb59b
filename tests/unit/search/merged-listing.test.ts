import { describe, expect, it } from 'vitest';
import { mergeSortedLists } from '../../../src/lib/search/merged-listing.ts';

describe('the listing merged from one index per language', () => {
  const english = ['2099-01-09', '2025-08-12', '2024-02-02', '2024-01-19', undefined];
  const spanish = ['2099-01-16', '2024-01-25', '2024-01-11'];

  it('is newest first across the indexes, items without a date last', async () => {
    const merged = mergeSortedLists([english, spanish], async (date) => date, 'desc');
    expect(merged.total).toBe(8);
    const order = await Promise.all(Array.from({ length: merged.total }, (_, position) => merged.at(position)));
    expect(order).toEqual(['2099-01-16', '2099-01-09', '2025-08-12', '2024-02-02', '2024-01-25', '2024-01-19', '2024-01-11', undefined]);
  });

  it('reads the keys of the lists\' heads only, as far as the places asked for', async () => {
    const read: string[] = [];
    const merged = mergeSortedLists([english, spanish], async (date) => { read.push(String(date)); return date; }, 'desc');
    expect(await merged.at(1)).toBe('2099-01-09');
    expect(read.sort()).toEqual(['2024-01-25', '2099-01-09', '2099-01-16']);
  });

  it('keeps the lists\' order for equal dates and sorts oldest first when asked', async () => {
    const merged = mergeSortedLists([['2024-01-02', '2024-01-01'], ['2024-01-02']].map((list) => list.map((date, index) => `${date}#${index}`)),
      async (item) => item.split('#')[0], 'desc');
    expect([await merged.at(0), await merged.at(1), await merged.at(2)]).toEqual(['2024-01-02#0', '2024-01-02#0', '2024-01-01#1']);
    const oldest = mergeSortedLists([['2024-01-01', '2024-03-01'], ['2024-02-01']], async (date) => date, 'asc');
    expect(await Promise.all([0, 1, 2].map((position) => oldest.at(position)))).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
    await expect(oldest.at(3)).rejects.toThrow(RangeError);
  });
});
