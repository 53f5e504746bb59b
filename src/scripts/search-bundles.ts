// Which Pagefind bundles a search reads. Pagefind splits its index by each page's `lang` and the build
// writes transcript pages to a bundle of their own (src/lib/build/search-bundles.ts): the component UI's
// instance merges the other languages' episode indexes, and a search with words typed also reads the
// transcripts. The listing before anything is typed (every episode, newest first) reads episodes only:
// Pagefind orders a merged bundle by score, and a bundle with no `date` to sort by would list every
// transcript page among the episodes.

/** An index merged into a Pagefind instance, as `mergeIndex` takes it. */
export interface MergedIndex {
  bundlePath: string;
  language: string;
  baseUrl: string;
  indexWeight?: number;
}

/** What the search page's <pagefind-config> says: the bundle, the other languages, the transcripts' bundle and its languages. */
export interface SearchConfig {
  bundle: string;
  baseUrl: string;
  siteLanguage: string;
  mergeLanguages: string[];
  transcriptsBundle?: string;
  transcriptLanguages: string[];
}

/** The part of Pagefind's API (pagefind.js, an instance) that searching uses. */
export interface PagefindApi {
  search(term: string | null, options?: Record<string, unknown>): Promise<unknown>;
  mergeIndex(bundlePath: string, options: Omit<MergedIndex, 'bundlePath'>): Promise<void>;
}

// Merged indexes are searched with the page's language's word stems, so another language's pages can
// match loosely: they rank after the page's own language (Pagefind's indexWeight).
const OTHER_LANGUAGE_WEIGHT = 0.5;

export function readSearchConfig(element: HTMLElement | null, pageUrl: string): SearchConfig | undefined {
  const bundle = element?.getAttribute('bundle-path');
  if (!element || !bundle) return undefined;
  const words = (value: string | undefined) => value?.split(/\s+/).filter(Boolean) ?? [];
  const transcripts = element.dataset.transcriptsBundle;
  return {
    // Pagefind skips a merge of the primary bundle's own path, so the same bundle is named by its absolute URL.
    bundle: new URL(bundle, pageUrl).href,
    // Merged results link like the primary index's (site-relative), not to the absolute URL they were named by.
    baseUrl: element.getAttribute('base-url') ?? '/',
    siteLanguage: element.ownerDocument.documentElement.lang || 'en',
    mergeLanguages: words(element.dataset.mergeLanguages),
    transcriptsBundle: transcripts ? new URL(transcripts, pageUrl).href : undefined,
    transcriptLanguages: words(element.dataset.transcriptLanguages),
  };
}

/** The other languages' episode indexes, merged into every search. */
export function languageMerges(config: SearchConfig): MergedIndex[] {
  return config.mergeLanguages.map((language) => ({ bundlePath: config.bundle, language, baseUrl: config.baseUrl, indexWeight: OTHER_LANGUAGE_WEIGHT }));
}

/** The transcripts' indexes, one per language that has transcripts, merged into searches with words. */
export function transcriptMerges(config: SearchConfig): MergedIndex[] {
  const bundlePath = config.transcriptsBundle;
  if (!bundlePath) return [];
  return config.transcriptLanguages.map((language) => ({
    bundlePath, language, baseUrl: config.baseUrl,
    ...(language === config.siteLanguage ? {} : { indexWeight: OTHER_LANGUAGE_WEIGHT }),
  }));
}

/**
 * Makes `listing` (the component UI's instance) send searches with words to `withTranscripts`, an
 * instance that reads the same indexes and the transcripts'. A search with no words (the listing, or
 * filters only) stays on `listing`.
 */
export function searchTranscriptsWhenTyping(listing: PagefindApi, withTranscripts: () => Promise<PagefindApi>): void {
  const searchListing = listing.search.bind(listing);
  listing.search = async (term, options) => (term?.trim() ? (await withTranscripts()).search(term, options) : searchListing(term, options));
}

/** An instance of Pagefind over the episodes, every language and the transcripts, made once when first needed. */
export function transcriptSearch(config: SearchConfig, options: Record<string, unknown>): () => Promise<PagefindApi> {
  let made: Promise<PagefindApi> | undefined;
  return () => (made ??= (async () => {
    // The module the component UI loaded (the same URL): a second instance shares its worker.
    const module = await import(/* @vite-ignore */ new URL('pagefind.js', config.bundle).href) as { createInstance(options: Record<string, unknown>): PagefindApi };
    const instance = module.createInstance(options);
    for (const { bundlePath, ...merge } of [...languageMerges(config), ...transcriptMerges(config)]) await instance.mergeIndex(bundlePath, merge);
    return instance;
  })());
}
