// Which Pagefind indexes a search reads. Pagefind splits its index by each page's `lang`, and the build
// writes transcript pages to a bundle of their own (src/lib/build/search-bundles.ts). Each index is
// searched by an instance of Pagefind of its own language, so a Spanish page is matched with Spanish
// word stems and an English one with English stems (an index merged into another instance is searched
// with that instance's stems: "Perry" found "perros"). The listing before anything is typed reads the
// episodes only; a search with words reads the transcripts too (src/scripts/search-engine.ts).

/** What the search page's <pagefind-config> says: the bundles and the languages of their pages. */
export interface SearchConfig {
  bundle: string;
  siteLanguage: string;
  episodeLanguages: string[];
  transcriptsBundle?: string;
  transcriptLanguages: string[];
  /** Before a transcript's heading in a result ("Transcript"). */
  transcriptLabel: string;
  /** The show of every episode, on a site of one show (whose pages name no show). */
  showName?: string;
}

/** The part of Pagefind's API (an instance of pagefind.js) that searching uses. */
export interface PagefindApi {
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex?(bundlePath: string, options: Record<string, unknown>): Promise<void>;
}

export interface PagefindResponse {
  results: { id: string; score: number; words: number[]; data(): Promise<unknown> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** The pages of one language, searched by an instance of Pagefind of that language. */
export interface SearchSource {
  api: PagefindApi;
  language: string;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi;
}

export function readSearchConfig(element: HTMLElement | null): SearchConfig | undefined {
  const bundle = element?.getAttribute('bundle-path');
  if (!element || !bundle) return undefined;
  const words = (value: string | undefined) => value?.split(/\s+/).filter(Boolean) ?? [];
  const siteLanguage = element.ownerDocument.documentElement.lang || 'en';
  return {
    bundle,
    siteLanguage,
    episodeLanguages: [...new Set([siteLanguage, ...words(element.dataset.mergeLanguages)])],
    transcriptsBundle: element.dataset.transcriptsBundle || undefined,
    transcriptLanguages: words(element.dataset.transcriptLanguages),
    transcriptLabel: element.dataset.transcriptLabel ?? '',
    showName: element.dataset.showName || undefined,
  };
}

/**
 * An instance of Pagefind over one bundle in one language. Pagefind's `createInstance` takes the
 * language from <html lang> (a `language` option is overridden), so the page's `lang` is that language
 * while the instance is made (synchronously: nothing else runs meanwhile), then restored.
 */
function instanceIn(module: PagefindModule, language: string, options: Record<string, unknown>): PagefindApi {
  const root = document.documentElement;
  const pageLanguage = root.lang;
  root.lang = language;
  try {
    return module.createInstance(options);
  } finally {
    root.lang = pageLanguage;
  }
}

/**
 * The indexes a search reads: one instance of Pagefind per language (the site language's is `own`, the
 * component UI's), each with its language's transcripts merged in, made once when first needed. One
 * language after the other: Pagefind's worker keeps the WebAssembly module it loaded last, and an index
 * merged into an instance takes that one, so a language's transcripts are merged before the next
 * language's instance is made (merged afterwards, they were searched with the other language's module
 * and found nothing). Two instances of one language fail the same way, hence one instance per language.
 */
export function searchSources(config: SearchConfig, own: PagefindApi, options: Record<string, unknown>): () => Promise<SearchSource[]> {
  let made: Promise<SearchSource[]> | undefined;
  return () => (made ??= (async () => {
    const pagefind = await import(/* @vite-ignore */ new URL('pagefind.js', new URL(config.bundle, location.href)).href) as PagefindModule;
    const sources: SearchSource[] = [];
    for (const language of [...new Set([...config.episodeLanguages, ...config.transcriptLanguages])]) {
      const api = oneAtATime(language === config.siteLanguage ? own : instanceIn(pagefind, language, { ...options, basePath: config.bundle }));
      if (config.transcriptsBundle && config.transcriptLanguages.includes(language)) {
        await api.mergeIndex?.(config.transcriptsBundle, { language, baseUrl: options.baseUrl ?? '/' });
      }
      sources.push({ api, language });
    }
    return sources;
  })());
}

/** An instance that answers one call at a time (Pagefind's WebAssembly is not made for calls that overlap). */
function oneAtATime(api: PagefindApi): PagefindApi {
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(call: () => Promise<T>): Promise<T> => {
    const turn = queue.then(call, call);
    queue = turn.catch(() => undefined);
    return turn;
  };
  return {
    search: (term, options) => inTurn(() => api.search(term, options)),
    filters: () => inTurn(() => api.filters()),
    mergeIndex: (bundlePath, options) => inTurn(async () => api.mergeIndex?.(bundlePath, options)),
  };
}
