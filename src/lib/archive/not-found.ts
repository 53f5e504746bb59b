/** What a visitor who followed a link to a missing episode page should read, if the path is one. */
export interface MissingEpisode {
  number: number;
  /** True when the number is past the newest published episode: it has probably not aired yet. */
  notYet: boolean;
}

/**
 * Recognises `/episodes/<number>/` (under the site's episodes path) in the path of a page that was
 * not found. Returns undefined for any other path.
 */
export function missingEpisodeOf(pathname: string, episodesPath: string, latestNumber: number | undefined): MissingEpisode | undefined {
  if (!pathname.startsWith(episodesPath)) return undefined;
  const match = /^0*(\d{1,6})\/?$/.exec(pathname.slice(episodesPath.length));
  if (!match) return undefined;
  const number = Number(match[1]);
  return { number, notYet: latestNumber !== undefined && number > latestNumber };
}
