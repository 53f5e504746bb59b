import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES, type SiteName } from '../support/sites.ts';
import { serveStatic } from '../support/static-server.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes('pagefind'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each(['sample', 'fixtures'] as SiteName[])('the %s site output', (site) => {
  const outDir = SITES[site].outDir;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(outDir);
  });
  afterAll(() => server?.close());

  it('has no html-validate errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) problems.push(`${file.slice(outDir.length)}:${message.line}: ${message.ruleId} ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or anchor', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${server.url}/`,
      recurse: true,
      checkFragments: true,
      // Only our own pages: the archive links out to YouTube and guests' sites, which CI cannot reach.
      linksToSkip: [`^(?!${server.url.replace(/[.]/g, '\\.')})`],
      concurrency: 10,
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(10);
  });
});
