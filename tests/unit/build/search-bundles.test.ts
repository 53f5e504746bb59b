import { describe, expect, it } from 'vitest';
import { searchBundles } from '../../../src/lib/build/search-bundles.ts';

describe('the search bundles', () => {
  const pages = [
    'episodes/26/index.html',
    'episodes/26/transcript/index.html',
    'episodes/index.html',
    'episodes/loki-community-call/2025-06-24-road-to-4-0/index.html',
    'episodes/loki-community-call/2025-06-24-road-to-4-0/transcript/index.html',
    'episodes/page/2/index.html',
  ];
  const [episodes, transcripts] = searchBundles(pages);

  it('gives transcript pages a bundle of their own, and every other page to the episodes\' bundle', () => {
    expect(transcripts!.pages).toEqual(['episodes/26/transcript/index.html', 'episodes/loki-community-call/2025-06-24-road-to-4-0/transcript/index.html']);
    expect(episodes!.pages).toEqual(['episodes/26/index.html', 'episodes/index.html', 'episodes/loki-community-call/2025-06-24-road-to-4-0/index.html', 'episodes/page/2/index.html']);
    expect([episodes!.folder, transcripts!.folder]).toEqual(['pagefind', 'pagefind-transcripts']);
    // Each is kept in a build cache folder of its own, so one changes without the other.
    expect(episodes!.cacheName).not.toBe(transcripts!.cacheName);
  });

  it('tells Pagefind to leave transcript pages out of the episodes\' bundle', () => {
    expect(episodes!.excludeSelectors).toEqual(['[data-search-bundle="transcripts"]']);
    expect(transcripts!.excludeSelectors).toEqual([]);
    expect(transcripts!.glob).toBe('episodes/**/transcript/index.html');
  });

  it('takes an episode whose last key part merely contains "transcript" for an episode', () => {
    const [withWord, none] = searchBundles(['episodes/show/2024-01-01-transcripts-in-loki/index.html']);
    expect(withWord!.pages).toHaveLength(1);
    expect(none!.pages).toEqual([]);
  });
});
