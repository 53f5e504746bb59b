import { unwrapWikilink } from './wikilinks.ts';

/** What an episode heading says. */
export interface EpisodeHeading {
  number?: number;
  title: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads `# [[GOH 26 - Title]]` (brackets optional; `GOH 09`, `GOH #26: Title` too) for a series prefix.
 * Returns undefined when the heading is not one of this series; `number` is missing when the
 * heading has the prefix but no number (a half-written note).
 */
export function parseEpisodeHeading(headingText: string, seriesPrefix: string): EpisodeHeading | undefined {
  const inner = unwrapWikilink(headingText.trim()).target || headingText.trim();
  const pattern = new RegExp(`^${escapeRegExp(seriesPrefix)}\\b\\s*#?\\s*(\\d+)?\\s*(?:[-–—:|]\\s*)?(.*)$`, 'i');
  const match = pattern.exec(inner);
  if (!match) return undefined;
  const title = (match[2] ?? '').trim();
  return { number: match[1] === undefined ? undefined : Number(match[1]), title };
}
