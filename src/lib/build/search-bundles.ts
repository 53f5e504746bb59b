/**
 * The search index is two Pagefind bundles. Pagefind has no incremental mode: any changed page makes
 * it read every page of its bundle again. Transcripts are most of the indexed text (tens of kilobytes
 * each, against a few for an episode page) and change far less often than notes, so their pages get a
 * bundle of their own: an edited talking point re-indexes the episode pages only, and the transcripts'
 * bundle is taken from the build cache. The search page merges both (src/scripts/search-bundles.ts).
 */
export interface SearchBundle {
  /** What the log calls it. */
  label: string;
  /** Its folder in the built site, and the name of its folder in the build cache. */
  folder: string;
  cacheName: string;
  /** The pages it indexes, relative to the site's root ("episodes/26/index.html"). */
  pages: string[];
  /** How Pagefind is told to read them: a glob in the site, and what it leaves out of each page. */
  glob: string;
  excludeSelectors: string[];
}

/** On a transcript page's indexed element: Pagefind leaves such pages out of the episodes' bundle. */
export const TRANSCRIPT_PAGE_MARK = 'data-search-bundle';
const TRANSCRIPT_PAGE_SELECTOR = `[${TRANSCRIPT_PAGE_MARK}="transcripts"]`;

export const EPISODES_BUNDLE = 'pagefind';
export const TRANSCRIPTS_BUNDLE = 'pagefind-transcripts';
/** Every bundle's folder in the built site. */
export const SEARCH_BUNDLE_FOLDERS: readonly string[] = [EPISODES_BUNDLE, TRANSCRIPTS_BUNDLE];

/** Splits the indexed pages (HTML files under episodes/) between the episodes' and the transcripts' bundles. */
export function searchBundles(indexedPages: readonly string[]): SearchBundle[] {
  const pages = [...indexedPages].sort();
  const isTranscript = (page: string) => /(^|\/)transcript\/index\.html$/.test(page);
  const episodePages = pages.filter((page) => !isTranscript(page));
  return [
    // Pagefind reads the pages its glob matches (on several threads; linking the pages into a folder of
    // their own cost more than it saved) and drops a page whose indexed element it is told to leave out.
    {
      label: 'Search index', folder: EPISODES_BUNDLE, cacheName: 'search-index', pages: episodePages,
      glob: globOf(episodePages), excludeSelectors: [TRANSCRIPT_PAGE_SELECTOR],
    },
    {
      label: 'Transcripts\' search index', folder: TRANSCRIPTS_BUNDLE, cacheName: 'search-index-transcripts', pages: pages.filter(isTranscript),
      glob: 'episodes/**/transcript/index.html', excludeSelectors: [],
    },
  ];
}

/** What a folder name may hold for globOf to write it into a glob as it is: no character Pagefind's glob (wax) reads as syntax. */
const PLAIN_PATH = /^[A-Za-z0-9/._-]+$/;

/**
 * A Pagefind glob for the episodes' bundle that matches its pages and, as far as a glob can tell, not the
 * transcript pages beside them: the index.html of each page's sibling folders (any folder in episodes/ for
 * the pages by number, any folder in episodes/<show>/ for a show's pages by date and title), which leaves
 * out `episodes/26/transcript/index.html`, one folder deeper. Transcript pages are 44% of the HTML under
 * episodes/ (12.5 of 28.5 MB at 1,000 episodes), and the episodes' bundle is read again in every rebuild
 * after an edit. A transcript page the glob still matches is dropped by the bundle's excluded selector,
 * as before; an unusual folder name gets the glob of every page under episodes/.
 */
export function globOf(pages: readonly string[]): string {
  const patterns = new Set<string>();
  for (const page of pages) {
    const folder = page.endsWith('/index.html') ? page.slice(0, -'/index.html'.length) : undefined;
    const parent = folder?.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : undefined;
    if (!PLAIN_PATH.test(parent ?? page)) return 'episodes/**/*.html';
    patterns.add(parent ? `${parent}/*/index.html` : page);
  }
  const sorted = [...patterns].sort();
  return sorted.length === 1 ? sorted[0]! : `{${sorted.join(',')}}`;
}
