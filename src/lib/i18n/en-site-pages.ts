/**
 * The English words of the site's own pages, in the site's language whatever the shows speak: the home
 * page, the lists and indexes, search, About, a moved episode and the page of an address that does not
 * exist. Part of the English dictionary (en.ts); es-site-pages.ts gives every key in Spanish.
 */
export const enSitePages = {
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
};

/** Every key of the site's own pages a language must have. */
export type SitePagesStrings = typeof enSitePages;
