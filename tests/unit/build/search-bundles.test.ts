import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { globOf, searchBundles } from '../../../src/lib/build/search-bundles.ts';
import { writeSearchBundle } from '../../../src/lib/build/search-index-writer.ts';

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

describe('the pages Pagefind reads for the episodes\' bundle', () => {
  it('are each page\'s sibling folders, one level below, which leaves the transcript pages out', () => {
    const [episodes] = searchBundles([
      'episodes/26/index.html', 'episodes/26/transcript/index.html', 'episodes/27/index.html', 'episodes/index.html',
      'episodes/loki-community-call/2025-06-24-road-to-4-0/index.html', 'episodes/loki-community-call/2025-06-24-road-to-4-0/transcript/index.html',
      'episodes/page/2/index.html',
    ]);
    expect(episodes!.glob).toBe('{episodes/*/index.html,episodes/index.html,episodes/loki-community-call/*/index.html,episodes/page/*/index.html}');
    expect(globOf(['episodes/26/index.html'])).toBe('episodes/*/index.html');
  });

  it('are every page under episodes/ when a folder\'s name holds what a glob reads as syntax', () => {
    expect(globOf(['episodes/{odd},name/x/index.html'])).toBe('episodes/**/*.html');
    expect(globOf(['episodes/show*/x/index.html'])).toBe('episodes/**/*.html');
  });

  it('give Pagefind the episode pages alone, and the same index as reading every page', async () => {
    const site = mkdtempSync(join(tmpdir(), 'search-glob-'));
    const page = (path: string, body: string) => {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
    };
    const episode = (title: string) => `<main data-pagefind-body><h1>${title}</h1><p>Talking points about ${title}.</p></main>`;
    const transcript = (title: string) => `<main data-pagefind-body data-search-bundle="transcripts"><p>Said on the show about ${title}.</p></main>`;
    page('episodes/26/index.html', episode('Loki caching'));
    page('episodes/26/transcript/index.html', transcript('Loki caching'));
    page('episodes/loki-community-call/2025-06-24-road-to-4-0/index.html', episode('Road to 4.0'));
    page('episodes/loki-community-call/2025-06-24-road-to-4-0/transcript/index.html', transcript('Road to 4.0'));
    page('episodes/index.html', '<main><h1>All episodes</h1></main>');
    const previous = process.env.ARCHIVE_CACHE_DIR;
    process.env.ARCHIVE_CACHE_DIR = join(site, '.cache');
    try {
      const [narrow] = await writeSearchBundle(site, 'pagefind', 'test');
      // The two episode pages and the listing (not indexed: no data-pagefind-body); no transcript page.
      expect(narrow!.pagesRead).toBe(3);
      const fragments = (folder: string) => readdirSync(join(site, folder, 'fragment')).sort();
      expect(fragments('pagefind')).toHaveLength(2);
      // Every page under episodes/, as Pagefind read them before: the same files, byte for byte.
      const { index } = await pagefind.createIndex({ excludeSelectors: ['[data-search-bundle="transcripts"]'] });
      expect((await index!.addDirectory({ path: site, glob: 'episodes/**/*.html' })).page_count).toBe(5);
      await index!.writeFiles({ outputPath: join(site, 'every-page') });
      await pagefind.close();
      expect(fragments('every-page')).toEqual(fragments('pagefind'));
      for (const file of readdirSync(join(site, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.endsWith('.json'))) {
        const path = relative(join(site, 'pagefind'), join(file.parentPath, file.name));
        expect(readFileSync(join(site, 'every-page', path)), path).toEqual(readFileSync(join(site, 'pagefind', path)));
      }
    } finally {
      if (previous === undefined) delete process.env.ARCHIVE_CACHE_DIR;
      else process.env.ARCHIVE_CACHE_DIR = previous;
      rmSync(site, { recursive: true, force: true });
    }
  });
});
