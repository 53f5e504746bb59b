import { describe, expect, it } from 'vitest';
import { languageMerges, searchTranscriptsWhenTyping, transcriptMerges, type PagefindApi, type SearchConfig } from '../../../src/scripts/search-bundles.ts';

const config: SearchConfig = {
  bundle: 'https://example.org/pagefind/', baseUrl: '/', siteLanguage: 'en', mergeLanguages: ['es'],
  transcriptsBundle: 'https://example.org/pagefind-transcripts/', transcriptLanguages: ['en', 'es'],
};

/** A stand-in for a Pagefind instance that records the searches it is given. */
function fakePagefind(name: string, searched: string[]): PagefindApi {
  return { search: async (term) => { searched.push(`${name}:${term}`); return { name }; }, mergeIndex: async () => undefined };
}

describe('which search bundles a search reads', () => {
  it('merges the other languages\' episodes into every search, ranked after the page\'s own language', () => {
    expect(languageMerges(config)).toEqual([{ bundlePath: 'https://example.org/pagefind/', language: 'es', baseUrl: '/', indexWeight: 0.5 }]);
  });

  it('merges the transcripts of each language that has any, the site\'s own at full weight', () => {
    expect(transcriptMerges(config)).toEqual([
      { bundlePath: 'https://example.org/pagefind-transcripts/', language: 'en', baseUrl: '/' },
      { bundlePath: 'https://example.org/pagefind-transcripts/', language: 'es', baseUrl: '/', indexWeight: 0.5 },
    ]);
    expect(transcriptMerges({ ...config, transcriptsBundle: undefined })).toEqual([]);
  });

  it('sends searches with words to the instance with transcripts, and the listing (no words) to the episodes only', async () => {
    const searched: string[] = [];
    const listing = fakePagefind('listing', searched);
    let made = 0;
    const withTranscripts = fakePagefind('transcripts', searched);
    searchTranscriptsWhenTyping(listing, async () => { made += 1; return withTranscripts; });
    expect(await listing.search(null, { sort: { date: 'desc' } })).toEqual({ name: 'listing' });
    expect(await listing.search('  ', {})).toEqual({ name: 'listing' });
    expect(await listing.search('KEDA', {})).toEqual({ name: 'transcripts' });
    expect(searched).toEqual(['listing:null', 'listing:  ', 'transcripts:KEDA']);
    expect(made).toBe(1);
  });
});
