import { archivePaths } from './paths.ts';
import { siteConfig } from '../../site.config.ts';
import { posterFactsOf, posterFileName, type PosterSource } from '../seo/poster-facts.ts';

/** The site's config and URL builders, for components and pages. */
export const site = siteConfig;
export const paths = archivePaths(siteConfig.base);

/** Absolute URL of a site path (for canonical links, feeds and Open Graph). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteConfig.site).toString();
}

/** The archive's configured shows, primary first. */
export const shows = siteConfig.shows;

export function showOf(episode: { show: string }) {
  return shows.find((show) => show.slug === episode.show) ?? shows[0]!;
}

/** The path of an episode's poster (drawn at build time, named by what it shows). */
export function posterPathOf(episode: PosterSource): string {
  return paths.poster(posterFileName(posterFactsOf(episode, shows)));
}
