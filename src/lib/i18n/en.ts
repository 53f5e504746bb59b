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

  // The list of every episode (/episodes/ and its later pages), newest first.
  allEpisodes: {
    title: 'All episodes',
    pageTitle: (page: number, pages: number) => `All episodes, page ${page} of ${pages}`,
    dates: (oldest: string, newest: string) => `${oldest} to ${newest}`,
    description: (site: string, count: string) => `Every episode of ${site}, newest first: ${count}.`,
    pageDescription: (first: number, last: number, count: number, site: string, dates: string) =>
      `Episodes ${first}–${last} of ${count} of ${site}, newest first${dates ? ` (${dates})` : ''}.`,
    range: (first: number, last: number, count: number, dates: string) => `Episodes ${first}–${last} of ${count}, newest first${dates ? ` (${dates})` : ''}.`,
  },

  // The index of shows, of topics, and a topic's page.
  showsIndex: { description: (site: string) => `The shows of ${site}.`, feed: 'RSS feed' },
  topicsIndex: { description: (site: string) => `What ${site} has covered, by topic.` },
  topic: {
    title: (name: string) => `Episodes about ${name}`,
    description: (count: string, site: string, name: string) => `${count} of ${site} about ${name}.`,
    feedTitle: (site: string, name: string) => `${site}: episodes about ${name}`,
    feed: 'RSS feed for this topic',
  },

  // The search page. A sentence with links marks them [like this].
  search: {
    title: 'Search',
    description: (site: string) => `Search every episode of ${site} by guest, topic, chapter or talking point.`,
    heading: 'Search episodes',
    intro: 'Find an episode by guest, topic, chapter or anything in its notes, or browse them all by guest, topic and year.',
    placeholder: 'Search guests, topics, chapters…',
    filters: 'Filters',
    skipToResults: 'Skip to results',
    results: 'Results',
    noScript: 'Search needs JavaScript. You can browse [all episodes], [guests] and [topics] without it.',
    // A long filter list folds; its button, the count filled in by the page's script.
    showMostFrequent: (count: number) => `Show the ${count} most frequent`,
    showAll: (count: number | string) => `Show all ${count}`,
  },

  // The page left at a moved episode's old address.
  moved: {
    title: (title: string, site: string) => `Moved: ${title} · ${site}`,
    to: 'This episode has moved to',
  },

  // Links to pages in another language than the page's: "(in Spanish)".
  inLanguage: (language: string) => `in ${language}`,

  // The home page.
  home: {
    waysIn: 'Ways in',
    allEpisodes: 'All episodes',
    search: 'Search',
    rss: 'RSS feed',
    latest: 'Latest episodes',
    none: 'No episodes have been published yet.',
    seeAll: 'See every episode →',
  },

  // The index of guests.
  guestsIndex: {
    title: 'Guests',
    description: (site: string) => `Everyone who has been a guest on ${site}.`,
    count: (people: number, site: string, shows: number) =>
      `${people} ${people === 1 ? 'person has' : 'people have'} been a guest on ${site}${shows > 1 ? `, across its ${shows} shows` : ''}.`,
    episodes: (count: number) => `${count} ${count === 1 ? 'episode' : 'episodes'}`,
  },

  // The About page. A sentence with links marks them [like this]; the page gives their addresses in order.
  about: {
    title: 'About this archive',
    description: (site: string) => `What ${site} is, how it is made, and what it does with your privacy.`,
    shows: 'The shows',
    pages: 'Every episode has its own page with the video, the guests, chapters you can jump to, the talking points and the links shared on the show.',
    browse: 'You can browse [all episodes], find everyone who has been a [guest], follow a [topic], or [search] everything that was said.',
    subscribe: 'Subscribe',
    feedOneShow: 'The [RSS feed] has every new episode. Each guest and topic page has its own feed too.',
    feedShows: 'The [RSS feed] has every new episode of every show. Each show, guest and topic page has its own feed too.',
    calendar: 'The [calendar of upcoming episodes] works in any calendar app.',
    privacy: 'Privacy',
    privacyText: "Pages load nothing from YouTube or anyone else until you press play. Then the video plays from youtube-nocookie.com, YouTube's privacy-enhanced mode. The archive sets no cookies and runs no analytics.",
  },

  // The page of an address that does not exist.
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the archive, or start from the latest episodes.',
    heading: 'This page does not exist',
    mistyped: 'The link may be mistyped, or the page may have moved.',
    numberedPages: (show: string) => `Episodes of ${show} live at`,
    numberPlaceholder: '<number>',
    forExample: 'for example',
    otherShows: 'The other shows list their episodes on their own pages.',
    goToLatest: (headline: string) => `Go to the latest episode, ${headline}`,
    search: 'Search the archive',
    searchLabel: 'Search episodes by guest, topic or title',
    searchPlaceholder: 'Guest, topic or title',
    waysIn: 'Ways into the archive',
    allEpisodes: (count: number) => `All ${count} episodes`,
    guests: (count: number) => `${count} ${count === 1 ? 'guest' : 'guests'}`,
    topics: (count: number) => `${count} ${count === 1 ? 'topic' : 'topics'}`,
    home: 'Home',
    // {number} and {latest} are filled in by the page's script, which reads the address.
    notYet: (episode: string, latest: string) => `${episode} has not been published yet: the latest is ${latest}.`,
    noPage: (episode: string) => `There is no page for ${episode}: it may not have aired, or its notes are not published yet.`,
  },

  // A transcript's own page.
  transcriptContents: 'Contents',
  transcriptChapters: 'Chapters of the video',

  // Pages of a list.
  pages: 'Pages',
  newer: 'Newer',
  older: 'Older',
  page: (page: number) => `Page ${page}`,
};

/** Every key a language must have, with what it holds. */
export type UiStrings = typeof en;
