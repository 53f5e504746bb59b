import { hasUiStrings } from '../i18n/index.ts';
import { slugify } from '../notes/slug.ts';
import { siteConfigSchema, type ParsedSiteConfig, type SiteConfig, type SiteConfigInput } from './schema.ts';

/** Raised when src/site.config.ts does not validate: says which setting and how to fix it. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/**
 * Validates the show's settings once, at the edge, so that everything after reads typed values.
 * @throws SiteConfigError listing every invalid setting with its path.
 */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return withShows(result.data);
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join('.') || '(root)';
    return `  - ${path}: ${issue.message}`;
  });
  throw new SiteConfigError(
    `src/site.config.ts has ${problems.length} invalid setting(s):\n${problems.join('\n')}\n` +
      'Fix: edit src/site.config.ts; each setting is documented in src/lib/config/schema.ts.',
  );
}

/** Fills in the default show (one numbered show named after the site) and each show's hosts. */
function withShows(config: ParsedSiteConfig): SiteConfig {
  const shows = config.shows ?? [{
    name: config.showName, slug: slugify(config.showName), description: config.tagline, heading: `${config.seriesPrefix} <n> - <title>`,
    defaultHosts: config.defaultHosts as string[] | undefined,
  }];
  const seen = new Set<string>();
  for (const show of shows) {
    if (seen.has(show.slug)) throw new SiteConfigError(`src/site.config.ts: two shows have the slug "${show.slug}".\nFix: give each show its own slug.`);
    seen.add(show.slug);
    // A language without words would give English pages that say <html lang="xx">.
    if (show.language && !hasUiStrings(show.language)) {
      throw new SiteConfigError(`src/site.config.ts: the show "${show.slug}" is in "${show.language}", for which the archive has no words.\n` +
        `Fix: add src/lib/i18n/${show.language.split('-')[0]}.ts (a copy of es.ts, translated) and list it in src/lib/i18n/index.ts, or set another language.`);
    }
  }
  return { ...config, shows: shows.map((show) => ({ ...show, defaultHosts: show.defaultHosts ?? config.defaultHosts })) };
}
