import { matchHeading } from './shows.ts';

/** What an episode heading says. */
export interface EpisodeHeading {
  number?: number;
  title: string;
}

/**
 * Reads `# [[GOH 26 - Title]]` (brackets optional; `GOH 09`, `GOH #26: Title` too) for a series prefix.
 * Returns undefined when the heading is not one of this series; `number` is missing when the
 * heading has the prefix but no number (a half-written note).
 */
export function parseEpisodeHeading(headingText: string, seriesPrefix: string): EpisodeHeading | undefined {
  const match = matchHeading(headingText, [{ slug: 'series', name: seriesPrefix, heading: `${seriesPrefix} <n> - <title>`, defaultHosts: [] }]);
  return match && { number: match.number, title: match.title };
}
