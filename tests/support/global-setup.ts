import { existsSync } from 'node:fs';
import { buildSite } from './build-site.ts';
import { SITES } from './sites.ts';

/** Builds each test site once per run (SKIP_TEST_BUILD=1 reuses existing builds while iterating). */
export default function setup(): void {
  for (const [name, site] of Object.entries(SITES)) {
    if (process.env.SKIP_TEST_BUILD === '1' && existsSync(site.outDir)) continue;
    const result = buildSite(site.outDir, site.env);
    if (result.status !== 0) {
      throw new Error(`Building the ${name} test site failed:\n${result.output.slice(-4000)}`);
    }
  }
}
