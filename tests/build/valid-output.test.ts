import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
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

/** A policy as directive name -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

// A script whose type is not JavaScript is a data block: never run, so CSP does not govern it.
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Everything in a page that breaks the site's strict Content-Security-Policy, or would if the policy were weaker. */
function cspProblems(html: string): string[] {
  const problems: string[] = [];
  const tree: Root = fromHtml(html);
  const metas: Element[] = [];
  let redirect = false;
  let active = 0;
  visit(tree, 'element', (element) => {
    const httpEquiv = String(element.properties.httpEquiv ?? '').toLowerCase();
    if (element.tagName === 'meta' && httpEquiv === 'content-security-policy') metas.push(element);
    if (element.tagName === 'meta' && httpEquiv === 'refresh') redirect = true;
    if (['script', 'style', 'iframe', 'object', 'embed', 'link', 'img'].includes(element.tagName) && !(element.tagName === 'link' && element.properties.rel?.toString() === 'canonical')) active += 1;
    if (Object.keys(element.properties).some((name) => /^on|^style$/i.test(name))) active += 1;
  });
  // Astro writes the page of an old episode URL (Astro.redirect) itself, without the layout: a
  // refresh and a link, nothing a policy would govern. It must stay that way.
  if (redirect && metas.length === 0) return active ? ['a redirect page without a policy holds scripts, styles, frames or images'] : [];
  if (metas.length !== 1) return [`${metas.length} CSP <meta> elements, not one`];
  const policy = parsePolicy(String(metas[0]!.properties.content));
  const expect = (name: string, sources: string[]) => {
    if (JSON.stringify(policy.get(name)) !== JSON.stringify(sources)) problems.push(`${name} is ${JSON.stringify(policy.get(name))}, not ${JSON.stringify(sources)}`);
  };
  expect('default-src', ["'self'"]);
  expect('frame-src', ['https://www.youtube-nocookie.com']);
  expect('object-src', ["'none'"]);
  expect('base-uri', ["'self'"]);
  expect('form-action', ["'self'"]);
  const scriptSources = policy.get('script-src') ?? [];
  // Only the site itself and hashes; Pagefind's WebAssembly needs 'wasm-unsafe-eval', which allows no eval of scripts.
  const loose = scriptSources.filter((source) => !["'self'", "'wasm-unsafe-eval'"].includes(source) && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source));
  if (!scriptSources.includes("'self'") || loose.length) problems.push(`script-src allows more than the site and its hashes: ${loose.join(' ')}`);
  const styleSources = policy.get('style-src') ?? [];
  if (styleSources.some((source) => /unsafe|^\*$|^https?:$|^data:$/.test(source))) problems.push(`style-src is loose: ${styleSources.join(' ')}`);

  let beforePolicy = true;
  visit(tree, 'element', (element) => {
    if (element === metas[0]) beforePolicy = false;
    const type = String(element.properties.type ?? '').toLowerCase();
    if (element.tagName === 'script') {
      const executable = EXECUTABLE_TYPES.has(type);
      const src = element.properties.src === undefined ? undefined : String(element.properties.src);
      if (src !== undefined && !src.startsWith('/')) problems.push(`a script from elsewhere: ${src}`);
      // An inline script runs only if its hash is in script-src; one before the policy runs anyway, but must be hashed
      // all the same, so the policy never depends on where Astro puts its <meta>.
      if (src === undefined && executable && !scriptSources.includes(sha256(toString(element)))) problems.push(`an inline script not hashed in script-src: ${toString(element).slice(0, 60)}`);
      if (beforePolicy && (src !== undefined || (executable && !scriptSources.includes(sha256(toString(element)))))) problems.push('a script that runs before the policy applies');
    }
    if (element.tagName === 'style' && !styleSources.includes(sha256(toString(element)))) problems.push('an inline style not hashed in style-src');
    if (beforePolicy && !['html', 'head', 'meta', 'title', 'link', 'script'].includes(element.tagName)) problems.push(`<${element.tagName}> before the policy`);
    if (beforePolicy && element.tagName === 'link' && /stylesheet|preload|prefetch/.test(String(element.properties.rel))) problems.push('a stylesheet or preload before the policy');
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`an inline event handler: <${element.tagName} ${name}>`);
      if (name === 'style') problems.push(`an inline style attribute on <${element.tagName}>`);
      if (['href', 'src', 'action', 'formAction'].includes(name) && /^\s*javascript:/i.test(String(value))) problems.push(`a javascript: URL on <${element.tagName}>`);
    }
    if (['iframe', 'object', 'embed'].includes(element.tagName)) problems.push(`<${element.tagName}> in the built page (the player adds its iframe on play)`);
  });
  return problems;
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

  it('has a strict Content-Security-Policy on every page, and nothing in a page that it would have to allow', () => {
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(5);
    const problems = files.flatMap((file) => [...new Set(cspProblems(readFileSync(file, 'utf8')))].map((problem) => `${file.slice(outDir.length)}: ${problem}`));
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
