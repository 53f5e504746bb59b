// @ts-check
// The floor of `npm run bench`: a minimal Astro site that renders one plain page per note, from the same
// generated notes as the archive, with Astro's own glob() loader and markdown. Nothing of the archive's:
// no parser, posters, feeds, search or leak guard. `npm run bench` builds it in the same run as the
// archive and reports the ratio of the two cold builds (docs/benchmarks.md).
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  // A cold build each time: bench.ts points the cache at a throwaway folder and passes --force.
  cacheDir: process.env.FLOOR_CACHE_DIR ?? './.cache',
  // The archive's own setting (notes have no code to highlight), so neither pays for Shiki.
  markdown: { syntaxHighlight: false },
});
