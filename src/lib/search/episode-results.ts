// The search's results as a visitor reads them: one per episode. An episode's page and its transcript's
// page are two pages of the index (two bundles); here the transcript's matches become sections of the
// episode's result, and the results are ordered so that a typed word in an episode's title, guests,
// topics or show comes before one in its notes or chapters, and those before one said only in a transcript.
import type { PageFragment, PageHit, PageSection } from './page-hit.ts';

/** A page of the index that shows a typed word. */
export interface FoundPage {
  hit: PageHit;
  fragment: PageFragment;
  /** Pagefind's score in its own index (scores of two indexes compare roughly). */
  score: number;
  transcript: boolean;
}

/** What a result card shows (the fields the search page's template reads), and how it ranks. */
export interface EpisodeResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  sub_results: PageSection[];
  filters: Record<string, string[]>;
  /** 0: a typed word in title, guests, topics or show; 1: in the episode's page; 2: in its transcript only. */
  rank: number;
  score: number;
}

export interface ResultLabels {
  /** Before a transcript's heading in a section's title: "Transcript". */
  transcript: string;
}

/** The episode a transcript page belongs to: its URL without the last "transcript/". */
export function episodeUrlOf(url: string): string {
  return url.replace(/#.*$/, '').replace(/transcript\/(index\.html)?$/, '');
}

/** URL that opens `url` with the page's matched words highlighted (Pagefind's highlight script reads the parameter). */
export function withHighlight(url: string, words: readonly string[]): string {
  if (!words.length) return url;
  const [path = '', hash] = url.split('#');
  const query = words.slice(0, 6).map((word) => `pagefind-highlight=${encodeURIComponent(word)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash ? `#${hash}` : ''}`;
}

/** A page that shows a typed word, as known before its fragment is read (from the word lists). */
export interface PageMatch {
  url: string;
  filters: Record<string, string[]>;
  score: number;
  transcript: boolean;
  inHeadline: boolean;
  /** The page read and checked: its excerpt, sections and matched words. */
  read(): Promise<FoundPage>;
}

/** An episode's place among the results, and the pages (its own, its transcript's) that make it. */
export interface RankedEpisode<Page> {
  url: string;
  filters: Record<string, string[]>;
  /** 0: a typed word in title, guests, topics or show; 1: in the episode's page; 2: in its transcript only. */
  rank: number;
  score: number;
  episode?: Page;
  transcript?: Page;
}

type Rankable = Pick<PageMatch, 'url' | 'filters' | 'score' | 'transcript' | 'inHeadline'>;

/** One entry per episode, best first: the pages grouped by episode, then ranked. */
export function rankEpisodes<Page extends Rankable>(pages: readonly Page[]): RankedEpisode<Page>[] {
  const byEpisode = new Map<string, { episode?: Page; transcript?: Page }>();
  for (const page of pages) {
    const key = episodeUrlOf(page.url);
    const entry = byEpisode.get(key) ?? {};
    if (page.transcript) entry.transcript ??= page;
    else entry.episode ??= page;
    byEpisode.set(key, entry);
  }
  const ranked = [...byEpisode].map(([url, { episode, transcript }]) => {
    const main = (episode ?? transcript)!;
    return { url, filters: main.filters, rank: episode ? (episode.inHeadline ? 0 : 1) : 2, score: main.score, episode, transcript };
  });
  return ranked.sort((a, b) => a.rank - b.rank || b.score - a.score);
}

/** The result card of a ranked episode, its pages read. */
export async function readEpisodeResult(ranked: RankedEpisode<PageMatch>, labels: ResultLabels): Promise<EpisodeResult> {
  const [episode, transcript] = await Promise.all([ranked.episode?.read(), ranked.transcript?.read()]);
  return oneResult(episode, transcript, labels);
}

/** One result per episode, best first, from pages already read. */
export function episodeResults(pages: readonly FoundPage[], labels: ResultLabels): EpisodeResult[] {
  const matches = pages.map((page) => ({ page, url: page.hit.url, filters: page.fragment.filters, score: page.score, transcript: page.transcript, inHeadline: page.hit.inHeadline }));
  return rankEpisodes(matches).map(({ episode, transcript }) => oneResult(episode?.page, transcript?.page, labels));
}

function oneResult(episode: FoundPage | undefined, transcript: FoundPage | undefined, labels: ResultLabels): EpisodeResult {
  const main = (episode ?? transcript)!;
  const meta = definedValues(main.fragment.meta);
  // A transcript page is titled "Transcript: <episode>"; its result is the episode's.
  if (!episode && meta.episode) meta.title = meta.episode;
  if (!episode) meta.where = labels.transcript;
  const transcriptSections = transcript
    ? sectionsOf(transcript).map((section) => ({ ...section, title: `${labels.transcript}: ${section.title}` }))
    : [];
  // Said in the transcript with no heading around it: the transcript itself is a section of the episode.
  if (episode && transcript && !transcriptSections.length) {
    transcriptSections.push({ title: labels.transcript, url: withHighlight(transcript.hit.url, transcript.hit.matchedWords), excerpt: transcript.hit.excerpt });
  }
  const episodeSections = episode ? sectionsOf(episode) : [];
  return {
    // Only a transcript holds the words: the result opens it where they are said.
    url: episode ? withHighlight(episode.hit.url, episode.hit.matchedWords) : withHighlight(transcript!.hit.url, transcript!.hit.matchedWords),
    meta,
    excerpt: main.hit.excerpt,
    sub_results: [...episodeSections, ...transcriptSections],
    filters: main.fragment.filters,
    rank: episode ? (episode.hit.inHeadline ? 0 : 1) : 2,
    score: main.score,
  };
}

function sectionsOf(page: FoundPage): PageSection[] {
  return page.hit.sections.map((section) => ({ ...section, url: withHighlight(section.url, page.hit.matchedWords) }));
}

function definedValues(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
