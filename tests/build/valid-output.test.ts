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

/** Stands for the `'sha256-...'` sources of a page's own inline scripts (or styles): checked against the page by cspProblems. */
const HASHES = Symbol('hashes');

/**
 * The one policy every page must carry, directive by directive, in this order, written out here by
 * hand from what the site needs (README, "Privacy and security") rather than read from
 * src/lib/security/content-security-policy.ts: a directive loosened, added or dropped there fails the
 * test. Only the hashes are not spelled out; the checks below make sure they are exactly those of the
 * page's own inline scripts and styles.
 */
const EXPECTED_POLICY: [string, (string | typeof HASHES)[]][] = [
  ['default-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['frame-src', ['https://www.youtube-nocookie.com']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['script-src', ["'self'", HASHES]],
  ['style-src', ["'self'", HASHES]],
];
const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * The search page's policy: the same, and 'wasm-unsafe-eval' for Pagefind's WebAssembly (which allows
 * no eval of scripts). No other page runs WebAssembly, so no other page allows it.
 */
const SEARCH_PAGE_POLICY: typeof EXPECTED_POLICY = EXPECTED_POLICY.map(([name, sources]) => [name, name === 'script-src' ? ["'self'", "'wasm-unsafe-eval'", HASHES] : sources]);

/** How a page's policy differs from the expected one: missing, extra or reordered directives, and any source that differs. */
function policyDifferences(policy: ReadonlyMap<string, string[]>, expectedPolicy = EXPECTED_POLICY): string[] {
  const problems: string[] = [];
  const names = [...policy.keys()];
  const expectedNames = expectedPolicy.map(([name]) => name);
  if (JSON.stringify(names) !== JSON.stringify(expectedNames)) problems.push(`the policy's directives are ${names.join(', ')}, not ${expectedNames.join(', ')}`);
  for (const [name, expected] of expectedPolicy) {
    const sources = policy.get(name) ?? [];
    const fixed = expected.filter((source): source is string => source !== HASHES);
    const rest = sources.slice(fixed.length);
    const matches = JSON.stringify(sources.slice(0, fixed.length)) === JSON.stringify(fixed)
      && (expected.includes(HASHES) ? rest.every((source) => HASH_SOURCE.test(source)) : rest.length === 0);
    if (!matches) problems.push(`${name} is "${sources.join(' ')}", not "${expected.map((source) => (source === HASHES ? "'sha256-...'" : source)).join(' ')}"`);
  }
  return problems;
}

// A script whose type is not JavaScript is a data block: never run, so CSP does not govern it.
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Everything in a page that breaks the site's strict Content-Security-Policy, or would if the policy were weaker. */
function cspProblems(html: string, expectedPolicy = EXPECTED_POLICY): string[] {
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
  problems.push(...policyDifferences(policy, expectedPolicy));
  // A policy governs only what comes after it: it is the first element of <head>. The charset comes
  // within the page's first 1,024 bytes (or browsers guess the encoding), so the policy must be short.
  const head = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')
    ?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  const first = (head?.children ?? []).find((node): node is Element => node.type === 'element');
  if (first !== metas[0]) problems.push(`the policy is not the first element of <head>: <${first?.tagName}> comes first`);
  let charset: Element | undefined;
  visit(tree, 'element', (element) => {
    if (!charset && element.tagName === 'meta' && element.properties.charSet !== undefined) charset = element;
  });
  const charsetEnd = charset?.position?.end.offset;
  if (charsetEnd === undefined) problems.push('no <meta charset>');
  else if (Buffer.byteLength(html.slice(0, charsetEnd)) > 1024) problems.push(`the charset ends at byte ${Buffer.byteLength(html.slice(0, charsetEnd))}, past the first 1,024`);
  const scriptSources = policy.get('script-src') ?? [];
  const styleSources = policy.get('style-src') ?? [];
  // Nothing allowed that the page does not hold: the hashes are exactly those of its inline scripts and styles.
  const inlineScripts = new Set<string>();
  const inlineStyles = new Set<string>();
  visit(tree, 'element', (element) => {
    if (element.tagName === 'script' && element.properties.src === undefined && EXECUTABLE_TYPES.has(String(element.properties.type ?? '').toLowerCase())) inlineScripts.add(sha256(toString(element)));
    if (element.tagName === 'style') inlineStyles.add(sha256(toString(element)));
  });
  for (const source of scriptSources.filter((each) => HASH_SOURCE.test(each) && !inlineScripts.has(each))) problems.push(`script-src allows ${source}, which is no inline script of the page`);
  for (const source of styleSources.filter((each) => HASH_SOURCE.test(each) && !inlineStyles.has(each))) problems.push(`style-src allows ${source}, which is no inline style of the page`);

  let beforePolicy = true;
  visit(tree, 'element', (element) => {
    if (element === metas[0]) beforePolicy = false;
    const type = String(element.properties.type ?? '').toLowerCase();
    if (element.tagName === 'script') {
      const executable = EXECUTABLE_TYPES.has(type);
      const src = element.properties.src === undefined ? undefined : String(element.properties.src);
      if (src !== undefined && !src.startsWith('/')) problems.push(`a script from elsewhere: ${src}`);
      // An inline script runs only if its hash is in script-src; one before the policy would run anyway.
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

describe('the policy check', () => {
  const hash = `'sha256-${'A'.repeat(43)}='`;
  const good = `default-src 'self';img-src 'self' data:;frame-src https://www.youtube-nocookie.com;connect-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash} ${hash}; style-src 'self' ${hash};`;
  const differences = (policy: string) => policyDifferences(parsePolicy(policy), SEARCH_PAGE_POLICY);

  it('accepts the expected policy, and names each directive that differs from it', () => {
    expect(differences(good)).toEqual([]);
    // 'wasm-unsafe-eval' is the search page's alone.
    expect(policyDifferences(parsePolicy(good))).toEqual([`script-src is "'self' 'wasm-unsafe-eval' ${hash} ${hash}", not "'self' 'sha256-...'"`]);
    expect(policyDifferences(parsePolicy(good.replace(" 'wasm-unsafe-eval'", '')))).toEqual([]);
    expect(differences(good.replace("img-src 'self' data:", 'img-src *').replace("connect-src 'self'", 'connect-src *'))).toEqual([
      `img-src is "*", not "'self' data:"`, `connect-src is "*", not "'self'"`,
    ]);
    expect(differences(good.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-inline'"))).toEqual([`script-src is "'self' 'wasm-unsafe-eval' 'unsafe-inline' ${hash} ${hash}", not "'self' 'wasm-unsafe-eval' 'sha256-...'"`]);
    expect(differences(good.replace("object-src 'none';", ''))).toEqual([
      "the policy's directives are default-src, img-src, frame-src, connect-src, base-uri, form-action, script-src, style-src, not default-src, img-src, frame-src, connect-src, object-src, base-uri, form-action, script-src, style-src",
      `object-src is "", not "'none'"`,
    ]);
  });

  it('wants the policy as the first element of <head>, before the charset and any script, JSON-LD included', () => {
    const script = 'document.title = 1';
    const policy = `<meta http-equiv="content-security-policy" content="${good.replace(" 'wasm-unsafe-eval'", '').replace(` ${hash} ${hash}`, ` ${sha256(script)}`).replace(` ${hash}`, '')}">`;
    const page = (head: string) => `<!DOCTYPE html><html lang="en"><head>${head}<title>t</title><script>${script}</script></head><body></body></html>`;
    expect(cspProblems(page(`${policy}<meta charset="utf-8">`))).toEqual([]);
    expect(cspProblems(page(`<meta charset="utf-8">${policy}`))).toEqual(['the policy is not the first element of <head>: <meta> comes first']);
    expect(cspProblems(page(`<script type="application/ld+json">{}</script>${policy}<meta charset="utf-8">`))).toEqual([
      'the policy is not the first element of <head>: <script> comes first',
    ]);
  });

  it('wants the charset within the first 1,024 bytes, and no hash in the policy but those of the page\'s inline scripts and styles', () => {
    const script = 'document.title = 1';
    const policy = (sources: string) => `<meta http-equiv="content-security-policy" content="${good.replace(" 'wasm-unsafe-eval'", '').replace(` ${hash} ${hash}`, sources).replace(` ${hash}`, '')}">`;
    const page = (head: string) => `<!DOCTYPE html><html lang="en"><head>${head}<title>t</title><script>${script}</script></head><body></body></html>`;
    const other = sha256('alert(1)');
    expect(cspProblems(page(`${policy(` ${sha256(script)} ${other}`)}<meta charset="utf-8">`))).toEqual([`script-src allows ${other}, which is no inline script of the page`]);
    expect(cspProblems(page(`${policy('')}<meta charset="utf-8">`))).toEqual([`an inline script not hashed in script-src: ${script}`]);
    const long = policy(` ${sha256(script)}${` ${other}`.repeat(20)}`);
    expect(cspProblems(page(`${long}<meta charset="utf-8">`))).toContain(`the charset ends at byte ${long.length + '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'.length}, past the first 1,024`);
  });
});

describe.each(['sample', 'fixtures', 'hostile'] as SiteName[])('the %s site output', (site) => {
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
    const policyOf = (file: string) => (file.slice(outDir.length) === '/search/index.html' ? SEARCH_PAGE_POLICY : EXPECTED_POLICY);
    const problems = files.flatMap((file) => [...new Set(cspProblems(readFileSync(file, 'utf8'), policyOf(file)))].map((problem) => `${file.slice(outDir.length)}: ${problem}`));
    expect(problems).toEqual([]);
    expect(files.map((file) => file.slice(outDir.length))).toContain('/search/index.html');
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
