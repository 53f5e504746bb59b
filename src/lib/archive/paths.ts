/** Site-relative URLs of the archive's pages, all under the configured base path. */
export interface ArchivePaths {
  home: string;
  episodes: string;
  episodesPage(page: number): string;
  /** An episode's page, by its key (Episode.key): "26" or "<show>/<date>-<title>". */
  episode(key: string): string;
  guests: string;
  guest(slug: string): string;
  topics: string;
  topic(slug: string): string;
  search: string;
  about: string;
  /** The About page in another language than the site's (when the config translates its text). */
  aboutIn(language: string): string;
  rss: string;
  upcomingCalendar: string;
  /** The show's cover image (feeds' channel image). */
  cover: string;
  /** The site's card: the Open Graph image of pages without a poster. */
  siteCard: string;
  guestFeed(slug: string): string;
  topicFeed(slug: string): string;
  calendar(key: string): string;
  chapters(key: string): string;
  /** An episode's transcript: its page, and the same text as a plain text file (feeds link both). */
  transcript(key: string): string;
  transcriptText(key: string): string;
  /** The OPML list of every feed of the site. */
  feedsOpml: string;
  shows: string;
  show(slug: string): string;
  showFeed(slug: string): string;
  /** A poster, by its file name (posterFileName). */
  poster(fileName: string): string;
  asset(path: string): string;
}

/** URL builders for a base path such as "/" or "/episode-archive/". */
export function archivePaths(base: string): ArchivePaths {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  return {
    home: root,
    episodes: at('episodes/'),
    episodesPage: (page) => (page <= 1 ? at('episodes/') : at(`episodes/page/${page}/`)),
    episode: (key) => at(`episodes/${key}/`),
    guests: at('guests/'),
    guest: (slug) => at(`guests/${slug}/`),
    topics: at('topics/'),
    topic: (slug) => at(`topics/${slug}/`),
    search: at('search/'),
    about: at('about/'),
    aboutIn: (language) => at(`about/${language}/`),
    rss: at('rss.xml'),
    upcomingCalendar: at('upcoming.ics'),
    cover: at('cover.png'),
    siteCard: at('site-card.jpg'),
    guestFeed: (slug) => at(`guests/${slug}/rss.xml`),
    topicFeed: (slug) => at(`topics/${slug}/rss.xml`),
    calendar: (key) => at(`episodes/${key}/calendar.ics`),
    chapters: (key) => at(`episodes/${key}/chapters.json`),
    transcript: (key) => at(`episodes/${key}/transcript/`),
    transcriptText: (key) => at(`episodes/${key}/transcript.txt`),
    feedsOpml: at('feeds.opml'),
    shows: at('shows/'),
    show: (slug) => at(`shows/${slug}/`),
    showFeed: (slug) => at(`shows/${slug}/rss.xml`),
    poster: (fileName) => at(`posters/${fileName}`),
    asset: (path) => at(path.replace(/^\//, '')),
  };
}
