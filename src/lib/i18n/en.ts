import { enSitePages } from './en-site-pages.ts';

/**
 * The words of the archive's pages in English. Every language has a file like this one with every key
 * (src/lib/i18n/index.ts types them so); components look keys up, they never choose words themselves.
 */
export const en = {
  /** The language these words are in (BCP 47), and the locale dates and lists are written in (Intl). */
  language: 'en',
  locale: 'en-GB',

  // The frame of every page.
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  nav: { shows: 'Shows', episodes: 'Episodes', guests: 'Guests', topics: 'Topics', about: 'About', menu: 'Menu' },
  siteSearch: 'Site search',
  searchEpisodes: 'Search episodes',
  searchPlaceholder: 'Guests, topics…',
  searchButton: 'Search',
  darkTheme: 'Dark theme',
  footer: { rss: 'RSS feed', upcomingCalendar: 'Upcoming episodes calendar', youtube: 'YouTube channel', about: 'About this archive' },
  allEpisodesFeed: (site: string) => `${site}: all episodes`,

  // An episode.
  with: 'with',
  and: 'and',
  aboutThisEpisode: 'About this episode',
  guests: (count: number): string => (count === 1 ? 'Guest' : 'Guests'),
  hosts: (count: number): string => (count === 1 ? 'Host' : 'Hosts'),
  topics: 'Topics',
  linksFor: (name: string) => `Links for ${name}`,
  chapters: 'Chapters',
  chaptersGenerated: "Generated from the video's captions.",
  transcript: {
    summary: 'Summary',
    heading: 'Transcript',
    read: 'Read the transcript',
    summaryAndTextGenerated: "The summary and the transcript are generated from the video's captions.",
    textGenerated: "The transcript is generated from the video's captions.",
    pageTitle: (headline: string) => `Transcript: ${headline}`,
    pageDescription: (headline: string) => `What was said in ${headline}, from the video's captions.`,
    back: '← Back to the episode',
    rawCaptions: "YouTube's captions of the video, as they are: they have not been cleaned up.",
    cleanedUp: "Generated from the video's captions and cleaned up by a program: it may get words and names wrong.",
    plainText: 'Plain text',
    cut: 'The transcript is cut here: it is longer than a page can show.',
    captionsSummary: "The video's captions: everything that was said",
    captionsHeading: "The video's captions",
    captionsNote: "YouTube's captions of the whole video, as they are: the transcript above is a shorter, cleaned-up version of them.",
    // The plain-text file (transcript.txt): a line under the title, and one before the raw captions.
    fileGenerated: "Generated from the video's captions.",
    fileCaptions: "The video's captions, as YouTube wrote them:",
  },
  talkingPoints: 'Talking points',
  links: 'Reference links',
  watchOnYouTube: 'Watch on YouTube',
  playVideo: 'Play video',
  playVideoTitled: (title: string) => `Play video: ${title}`,
  playFrom: 'Play from',
  playerNote: 'Playing loads the video from YouTube (youtube-nocookie.com).',
  moreEpisodesOf: (show: string) => `More episodes of ${show}`,
  previousEpisode: 'Previous episode',
  hostedBy: (names: string) => `Hosted by ${names}.`,
  episodePage: 'Episode page',
  nextEpisode: 'Next episode',
  posterOf: (show: string, headline: string) => `Poster of ${show} ${headline}`,
  /** The line atop the site's card (its Open Graph image). */
  episodeArchive: 'Episode archive',

  // An upcoming episode.
  upcoming: 'Upcoming',
  liveNowOrRecentlyAired: 'Live now or recently aired',
  nextEpisodeNotice: 'Next episode',
  whenToWatch: 'When to watch',
  liveOn: 'Live on',
  startedOn: 'Started on',
  watchLiveOnYouTube: 'Watch live on YouTube',
  addToCalendar: 'Add to calendar',

  // A show's page.
  episodeCount: (count: number) => `${count} ${count === 1 ? 'episode' : 'episodes'}`,
  showDescription: (count: string, show: string) => `${count} of ${show}.`,
  showFeed: 'RSS feed for this show',
  playlistOnYouTube: 'Playlist on YouTube',
  upcomingHeading: 'Upcoming',
  episodesHeading: 'Episodes',
  // The heading of episodes that have no date yet, in a list by year.
  undated: 'Undated',

  // A guest's page.
  guestDescription: (name: string, site: string, count: string) => `${name} on ${site}: ${count}.`,
  guestEpisodesHeading: (count: number): string => (count === 1 ? 'Episode' : `${count} episodes`),
  guestFeedTitle: (site: string, name: string) => `${site}: episodes with ${name}`,
  guestFeed: (name: string) => `RSS feed of episodes with ${name}`,

  // Feeds and calendars of the whole site, a guest or a topic.
  guestFeedDescription: (site: string, name: string) => `Every episode of ${site} with ${name}.`,
  topicFeedDescription: (site: string, name: string) => `Every episode of ${site} about ${name}.`,
  everyFeed: (site: string) => `${site}: every feed`,
  upcomingCalendar: (site: string) => `${site}: upcoming episodes`,
  // An event of a calendar, in its episode's language.
  event: {
    guests: (names: string) => `With ${names}.`,
    watchLive: 'Watch live:',
    page: 'Episode page:',
  },

  // Links to pages in another language than the page's: "(in Spanish)".
  inLanguage: (language: string) => `in ${language}`,

  // A transcript's own page.
  transcriptContents: 'Contents',
  transcriptChapters: 'Chapters of the video',

  // Pages of a list.
  pages: 'Pages',
  newer: 'Newer',
  older: 'Older',
  page: (page: number) => `Page ${page}`,

  // The site's own pages (home, lists, indexes, search, About, not found): en-site-pages.ts.
  ...enSitePages,
};

/** Every key a language must have, with what it holds. */
export type UiStrings = typeof en;
