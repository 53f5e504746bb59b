import { describe, expect, it } from 'vitest';
import { neighboursInShow, newestFirst, pageRange } from '../../../src/lib/archive/indexes.ts';
import { missingEpisodeOf } from '../../../src/lib/archive/not-found.ts';

const episode = (key: string, show: string) => ({ key, show });

describe('an episode\'s neighbours', () => {
  // Newest first, two shows interleaved.
  const goh3 = episode('3', 'office-hours');
  const lcc = episode('loki/2024-01-25-a', 'loki');
  const goh2 = episode('2', 'office-hours');
  const lccOld = episode('loki/2023-12-01-b', 'loki');
  const goh1 = episode('1', 'office-hours');
  const published = [goh3, lcc, goh2, lccOld, goh1];

  it('are the older and newer episodes of the same show, skipping other shows', () => {
    expect(neighboursInShow(goh2, published)).toEqual({ previous: goh1, next: goh3 });
    expect(neighboursInShow(lcc, published)).toEqual({ previous: lccOld, next: undefined });
    expect(neighboursInShow(goh1, published)).toEqual({ previous: undefined, next: goh2 });
  });

  it('of an upcoming episode are its show\'s newest published episode, and no next one', () => {
    expect(neighboursInShow(episode('4', 'office-hours'), published)).toEqual({ previous: goh3 });
  });
});

describe('the range of a page of episodes', () => {
  it('numbers the episodes a page shows, the last page holding the rest', () => {
    expect(pageRange(1, 30, 75)).toEqual({ first: 1, last: 30 });
    expect(pageRange(3, 30, 75)).toEqual({ first: 61, last: 75 });
  });
});

describe('a missing episode page', () => {
  it('is recognised by its path, with or without zero padding or a trailing slash', () => {
    expect(missingEpisodeOf('/episodes/42/', '/episodes/', 26)).toEqual({ number: 42, notYet: true });
    expect(missingEpisodeOf('/archive/episodes/004', '/archive/episodes/', 26)).toEqual({ number: 4, notYet: false });
  });

  it('is not any other missing page', () => {
    for (const path of ['/episodes/', '/episodes/loki/2025-01-01-x/', '/guests/42/', '/episodes/42/chapters.json']) {
      expect(missingEpisodeOf(path, '/episodes/', 26)).toBeUndefined();
    }
  });
});

describe('newest first', () => {
  const at = (key: string, startsAt: string | null, number: number | null) => ({ key, number, date: startsAt?.slice(0, 10) ?? null, startsAt, guests: [], topics: [] });

  it('orders by air time, then by number, then by key; the order written here by hand', () => {
    const episodes = [
      at('1', '2023-05-05T13:00:00.000Z', 1), at('loki/2025-08-12-a', '2025-08-12T16:00:00.000Z', null), at('3', '2024-02-02T13:00:00.000Z', 3),
      at('loki/2025-08-12-b', '2025-08-12T16:00:00.000Z', null), at('26', '2024-01-19T13:00:00.000Z', 26), at('27', '2024-01-19T13:00:00.000Z', 27),
    ];
    expect(newestFirst(episodes).map((episode) => episode.key)).toEqual(['loki/2025-08-12-a', 'loki/2025-08-12-b', '3', '27', '26', '1']);
  });
});
