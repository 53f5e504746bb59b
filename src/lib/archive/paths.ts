/** Site-relative URLs of the archive's pages, all under the configured base path. */
export interface ArchivePaths {
  home: string;
  episodes: string;
  episodesPage(page: number): string;
  episode(number: number): string;
  guests: string;
  guest(slug: string): string;
  topics: string;
  topic(slug: string): string;
  search: string;
  about: string;
  rss: string;
  upcomingCalendar: string;
  /** The show's cover image (feeds' channel image). */
  cover: string;
  guestFeed(slug: string): string;
  topicFeed(slug: string): string;
  calendar(number: number): string;
  chapters(number: number): string;
  poster(number: number, format: 'png' | 'webp'): string;
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
    episode: (number) => at(`episodes/${number}/`),
    guests: at('guests/'),
    guest: (slug) => at(`guests/${slug}/`),
    topics: at('topics/'),
    topic: (slug) => at(`topics/${slug}/`),
    search: at('search/'),
    about: at('about/'),
    rss: at('rss.xml'),
    upcomingCalendar: at('upcoming.ics'),
    cover: at('cover.png'),
    guestFeed: (slug) => at(`guests/${slug}/rss.xml`),
    topicFeed: (slug) => at(`topics/${slug}/rss.xml`),
    calendar: (number) => at(`episodes/${number}/calendar.ics`),
    chapters: (number) => at(`episodes/${number}/chapters.json`),
    poster: (number, format) => at(`posters/${number}.${format}`),
    asset: (path) => at(path.replace(/^\//, '')),
  };
}
