import { describe, expect, it } from 'vitest';
import { episodeResults, episodeUrlOf, withHighlight, type FoundPage } from '../../../src/lib/search/episode-results.ts';

function page(url: string, options: Partial<FoundPage['hit']> & { score?: number; transcript?: boolean; title?: string } = {}): FoundPage {
  return {
    hit: { url, found: new Set(['loki']), matchedWords: ['Loki'], inHeadline: false, excerpt: `excerpt of ${url}`, sections: [], ...options },
    fragment: { url, content: '', meta: { title: options.title ?? url, episode: 'The episode' }, filters: { show: ['Loki Community Call'] } },
    score: options.score ?? 1,
    transcript: options.transcript ?? false,
  };
}

describe('one search result per episode', () => {
  it('makes an episode and its transcript one result, the transcript\'s headings its sections', () => {
    const results = episodeResults([
      page('/episodes/1/transcript/', { transcript: true, score: 9, sections: [{ title: 'Scaling', url: '/episodes/1/transcript/#scaling', excerpt: 'x' }] }),
      page('/episodes/1/', { title: 'Getting started' }),
    ], { transcript: 'Transcript' });
    expect(results).toHaveLength(1);
    expect(results[0]!.meta.title).toBe('Getting started');
    expect(results[0]!.url).toBe('/episodes/1/?pagefind-highlight=Loki');
    expect(results[0]!.sub_results.map((section) => [section.title, section.url])).toEqual([['Transcript: Scaling', '/episodes/1/transcript/?pagefind-highlight=Loki#scaling']]);
  });

  it('opens the transcript, under its episode\'s title, when only the transcript holds the words', () => {
    const [result] = episodeResults([page('/episodes/2/transcript/', { transcript: true })], { transcript: 'Transcript' });
    expect(result!.meta.title).toBe('The episode');
    expect(result!.meta.where).toBe('Transcript');
    expect(result!.url).toBe('/episodes/2/transcript/?pagefind-highlight=Loki');
  });

  it('ranks a match in title, guests or topics first, then the episode\'s page, then a transcript alone', () => {
    const results = episodeResults([
      page('/episodes/3/transcript/', { transcript: true, score: 50 }),
      page('/episodes/4/', { score: 20 }),
      page('/episodes/5/', { score: 1, inHeadline: true }),
    ], { transcript: 'Transcript' });
    expect(results.map((result) => result.url.split('?')[0])).toEqual(['/episodes/5/', '/episodes/4/', '/episodes/3/transcript/']);
  });

  it('finds a transcript\'s episode and keeps the hash after the highlighted words', () => {
    expect(episodeUrlOf('/episodes/cafe-con-grafana/2024-01-11-x/transcript/#intro')).toBe('/episodes/cafe-con-grafana/2024-01-11-x/');
    expect(withHighlight('/episodes/1/#t-30', ['shuffle', 'sharding'])).toBe('/episodes/1/?pagefind-highlight=shuffle&pagefind-highlight=sharding#t-30');
  });
});
