/** The facts of an episode that its structured data describes. */
export interface EpisodeFacts {
  number: number | null;
  title: string;
  description: string;
  startsAt: string | null;
  videoId: string | null;
  guests: readonly string[];
  chapters: readonly { start: number; title: string }[];
}

export interface JsonLdUrls {
  page: string;
  poster: string;
  home: string;
  episodes: string;
  guest(name: string): string;
}

/**
 * schema.org `VideoObject` for an episode page: the video, a `Clip` per chapter (each ending where
 * the next begins), and the guests as `Person`.
 */
export function videoObject(episode: EpisodeFacts, urls: JsonLdUrls): Record<string, unknown> | undefined {
  if (!episode.videoId) return undefined;
  const watch = `https://www.youtube.com/watch?v=${episode.videoId}`;
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
    actor: episode.guests.map((name) => ({ '@type': 'Person', name, url: urls.guest(name) })),
    hasPart: episode.chapters.map((chapter, index) => ({
      '@type': 'Clip',
      name: chapter.title,
      startOffset: chapter.start,
      ...(episode.chapters[index + 1] ? { endOffset: episode.chapters[index + 1]!.start } : {}),
      url: `${watch}&t=${chapter.start}s`,
    })),
  };
}

/** schema.org `BreadcrumbList` from (name, absolute URL) pairs, outermost first. */
export function breadcrumbs(items: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/** schema.org `Person` for a guest page. */
export function person(name: string, url: string, extra: { jobTitle?: string; worksFor?: string; sameAs?: readonly string[] } = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name,
    url,
    ...(extra.jobTitle ? { jobTitle: extra.jobTitle } : {}),
    ...(extra.worksFor ? { worksFor: { '@type': 'Organization', name: extra.worksFor } } : {}),
    ...(extra.sameAs?.length ? { sameAs: extra.sameAs } : {}),
  };
}
