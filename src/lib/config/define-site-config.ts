import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from './schema.ts';

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
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join('.') || '(root)';
    return `  - ${path}: ${issue.message}`;
  });
  throw new SiteConfigError(
    `src/site.config.ts has ${problems.length} invalid setting(s):\n${problems.join('\n')}\n` +
      'Fix: edit src/site.config.ts; each setting is documented in src/lib/config/schema.ts.',
  );
}
