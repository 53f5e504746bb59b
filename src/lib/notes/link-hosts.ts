/**
 * One reading of a link's host for the parser (which withholds internal links) and the leak guard (which
 * looks for them in the output): a host is compared as a browser would reach it, whatever its spelling.
 */

/** How deep a redirect wrapper (`google.com/url?q=<url>`) is unwrapped: wrappers of wrappers exist, not many. */
const MAX_WRAPPERS = 3;

/**
 * True when the URL leads to a host matching one of the patterns: "docs.google.com" matches that host
 * (and www.docs.google.com); "*.slack.com" matches slack.com and any host below it. The host is read as a
 * browser reads it: case, a port, trailing dots (`docs.google.com.`), percent-encoded dots
 * (`drive.google.com%2e`) and Unicode dots (`grafana．slack．com`) make no difference. A URL that carries
 * another URL in its query (a redirect such as `https://www.google.com/url?q=https://docs.google.com/…`)
 * is internal when the URL it carries is.
 */
export function isDeniedHost(rawUrl: string, patterns: readonly string[]): boolean {
  return deniedTarget(rawUrl, patterns) !== undefined;
}

/**
 * The URL that leads to a denied host: the URL itself, or the one a redirect wrapper carries in its
 * query (`https://docs.google.com/…` for `https://www.google.com/url?q=https://docs.google.com/…`),
 * decoded as the wrapper's reader decodes it; undefined when it leads nowhere internal.
 */
export function deniedTarget(rawUrl: string, patterns: readonly string[], depth = 0): string | undefined {
  const url = parseUrl(rawUrl);
  if (!url) return undefined;
  const host = normaliseHost(url.hostname);
  if (host && patterns.some((pattern) => hostMatches(host, pattern))) return rawUrl;
  if (depth >= MAX_WRAPPERS || !url.search) return undefined;
  for (const value of url.searchParams.values()) {
    const target = looksLikeUrl(value) ? deniedTarget(value, patterns, depth + 1) : undefined;
    if (target) return target;
  }
  return undefined;
}

/** A URL's path as a browser reads it, percent-escapes decoded (`/document/d/X/edit`); '' when it has none. */
export function pathOf(rawUrl: string): string {
  const url = parseUrl(rawUrl);
  if (!url || url.pathname === '/') return '';
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

function hostMatches(host: string, pattern: string): boolean {
  const wanted = normaliseHost(pattern.trim().replace(/^\*\./, ''));
  if (!wanted) return false;
  if (pattern.trim().startsWith('*.')) return host === wanted || host.endsWith(`.${wanted}`);
  return host === wanted || host === `www.${wanted}`;
}

/** Lower-case host of an absolute or scheme-less (`www.x.com/...`) URL, as a browser reaches it, or undefined. */
export function hostOf(rawUrl: string): string | undefined {
  const url = parseUrl(rawUrl);
  return url ? normaliseHost(url.hostname) || undefined : undefined;
}

/** A host without what a browser ignores: case, trailing dots, percent-encoding, Unicode forms of letters and dots. */
export function normaliseHost(host: string): string {
  let decoded = host;
  if (decoded.includes('%')) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // A stray `%` is no escape: the host is compared as written.
    }
  }
  return foldHostCharacters(decoded.normalize('NFKC')).toLowerCase().replace(/\.+$/, '');
}

function parseUrl(rawUrl: string): URL | undefined {
  const trimmed = rawUrl.trim();
  // `docs.google.com:8080/x` is a host and a port, not a scheme: a scheme is never followed by a digit.
  const withScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.hostname ? url : undefined;
  } catch {
    return undefined;
  }
}

function looksLikeUrl(value: string): boolean {
  return /^(?:https?:\/\/|www\.)/i.test(value.trim()) || /^[\w-]+(?:\.[\w-]+)+\//.test(value.trim());
}

/** Links a visitor can follow: http(s) and mailto. Vault-relative paths and other schemes are not. */
export function isPublicUrl(rawUrl: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(rawUrl.trim());
}

/** Every http(s) URL written in a text, without trailing punctuation. */
export function urlsInText(text: string): string[] {
  if (!text.includes('://')) return [];
  return [...text.matchAll(/https?:\/\/[^\s)<>\]"'`]+/gi)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
}

// A URL, or a host named in running text without a scheme (`grafana.slack.com/archives/…`,
// `docs.google.com`), its dots written as `.` or `%2e` (Unicode dots are folded to `.` first).
const URL_OR_HOST = /https?:\/\/[^\s)<>\]"'`]+|(?<![\w@.%-])(?:[a-z0-9-]+(?:\.|%2e))+[a-z]{2,}(?:[.:/?#][^\s)<>\]"'`]*)?/gi;

/**
 * The URLs and bare hosts in a text that lead to a denied host (isDeniedHost), as written in it: with or
 * without a scheme, with full-width or ideographic dots (`grafana．slack．com`), encoded dots, any case.
 */
export function deniedUrlsInText(text: string, patterns: readonly string[]): string[] {
  if (patterns.length === 0) return [];
  // Folding keeps every character's index, so a match is cut from the text as written.
  const folded = foldHostCharacters(text);
  if (!folded.includes('.') && !/%2e/i.test(folded)) return [];
  const found: string[] = [];
  for (const match of folded.matchAll(URL_OR_HOST)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    if (isDeniedHost(url, patterns)) found.push(text.slice(match.index, match.index + url.length));
  }
  return found;
}

/**
 * Full-width ASCII (`ｄｏｃｓ`, `．`) and the ideographic full stops (`。`, `｡`) as the ASCII characters a
 * browser reads them as; every other character as it is. One character for one, so indexes still match.
 */
function foldHostCharacters(text: string): string {
  if (!/[\u3002\uFF01-\uFF61]/.test(text)) return text;
  let folded = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) folded += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3002 || code === 0xff61) folded += '.';
    else folded += char;
  }
  return folded;
}
