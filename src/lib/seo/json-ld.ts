/** The facts of an episode that its structured data describes. */
export interface EpisodeFacts {
  number: number | null;
  title: string;
  description: string;
  startsAt: string | null;
  videoId: string | null;
  status: 'draft' | 'upcoming' | 'published';
  guests: readonly string[];
  /** A guest's organisation, by name, as the note gives it (`Name (Org)`). */
  guestAffiliations?: Readonly<Record<string, { name: string; url?: string }>>;
  hosts: readonly string[];
  chapters: readonly { start: number; title: string }[];
}

export interface JsonLdUrls {
  /** The episode page's own absolute URL. */
  page: string;
  poster: string;
  /** A guest's page, or undefined when the guest has none (yet). */
  guest(name: string): string | undefined;
}

export interface JsonLdOptions {
  /** How long an episode runs, for the end of an upcoming broadcast. */
  durationMinutes: number;
}

/**
 * schema.org data for an episode page. A published episode is a `VideoObject` with a `Clip` per
 * chapter (Google's key moments: each clip's url is this page at `?t=<seconds>`, which the player
 * opens at that moment). An upcoming one is not a video yet: it is a `BroadcastEvent` with its start
 * and the live stream's address, and no upload date or chapters it does not have.
 */
export function episodeJsonLd(episode: EpisodeFacts, urls: JsonLdUrls, options: JsonLdOptions): Record<string, unknown> | undefined {
  if (!episode.videoId) return undefined;
  const watch = `https://www.youtube.com/watch?v=${episode.videoId}`;
  const people = peopleOf(episode, urls);
  if (episode.status === 'upcoming' && episode.startsAt) {
    const end = new Date(Date.parse(episode.startsAt) + options.durationMinutes * 60_000).toISOString();
    return {
      '@context': 'https://schema.org',
      '@type': 'BroadcastEvent',
      name: episode.title,
      description: episode.description,
      url: urls.page,
      image: [urls.poster],
      isLiveBroadcast: true,
      startDate: episode.startsAt,
      endDate: end,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: watch },
      performer: people,
    };
  }
  if (episode.status !== 'published') return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: episode.title,
    description: episode.description,
    thumbnailUrl: [urls.poster],
    ...(episode.startsAt ? { uploadDate: episode.startsAt } : {}),
    embedUrl: `https://www.youtube-nocookie.com/embed/${episode.videoId}`,
    url: urls.page,
    sameAs: watch,
    // Everyone on screen: the guests and the hosts.
    actor: people,
    ...(episode.chapters.length ? {
      hasPart: episode.chapters.map((chapter, index) => ({
        '@type': 'Clip',
        name: chapter.title,
        startOffset: chapter.start,
        ...(episode.chapters[index + 1] ? { endOffset: episode.chapters[index + 1]!.start } : {}),
        url: withStartTime(urls.page, chapter.start),
      })),
    } : {}),
  };
}

function peopleOf(episode: EpisodeFacts, urls: JsonLdUrls): Record<string, unknown>[] {
  const guests = episode.guests.map((name) => {
    const url = urls.guest(name);
    const affiliation = episode.guestAffiliations?.[name];
    return { '@type': 'Person', name, ...(url ? { url } : {}), ...(affiliation ? { affiliation: organization(affiliation) } : {}) };
  });
  const hosts = episode.hosts.filter((name) => !episode.guests.includes(name)).map((name) => ({ '@type': 'Person', name }));
  return [...guests, ...hosts];
}

function withStartTime(page: string, seconds: number): string {
  const url = new URL(page);
  url.searchParams.set('t', String(seconds));
  return url.toString();
}

/** schema.org `BreadcrumbList` from (name, absolute URL) pairs, outermost first. */
export function breadcrumbs(items: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/** schema.org `Organization` for a guest's affiliation. */
function organization(affiliation: { name: string; url?: string }): Record<string, unknown> {
  return { '@type': 'Organization', name: affiliation.name, ...(affiliation.url ? { url: affiliation.url } : {}) };
}

/** schema.org `Person` for a guest page. */
export function person(name: string, url: string, extra: { jobTitle?: string; worksFor?: string; affiliation?: { name: string; url?: string }; sameAs?: readonly string[] } = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name,
    url,
    ...(extra.jobTitle ? { jobTitle: extra.jobTitle } : {}),
    ...(extra.worksFor ? { worksFor: { '@type': 'Organization', name: extra.worksFor } } : {}),
    ...(extra.affiliation ? { affiliation: organization(extra.affiliation) } : {}),
    ...(extra.sameAs?.length ? { sameAs: extra.sameAs } : {}),
  };
}
