import { createHash } from 'node:crypto';

/** What one page runs besides the script and style files of the site itself. */
export interface PagePolicyNeeds {
  /** The exact text of each inline `<script>` the page holds that must run (JSON-LD and templates are data: not these). */
  inlineScripts?: readonly string[];
  /** The exact text of each inline `<style>` the page holds. */
  inlineStyles?: readonly string[];
  /** The page runs WebAssembly (Pagefind's search): `'wasm-unsafe-eval'`, which allows no `eval` of scripts. */
  webAssembly?: boolean;
}

/**
 * What every page allows whatever it holds: its own files, images as data: URIs (posters' placeholders),
 * the YouTube player's frame once a visitor presses play, and nothing that could change where the page
 * sends a visitor (base-uri, form-action) or run a plug-in.
 */
const FIXED_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  'frame-src https://www.youtube-nocookie.com',
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** A CSP hash source for an inline script or style, exactly as the browser computes it from the element's text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of one page: scripts and styles only from the site's own files ('self')
 * and the page's own inline ones by hash, nothing inline besides (no 'unsafe-inline'). Each page
 * names only what it holds, so the policy stays short (it comes before the charset, which must sit in
 * the page's first 1,024 bytes) and a script written into another page cannot borrow its hash.
 */
export function contentSecurityPolicy(needs: PagePolicyNeeds = {}): string {
  const scriptHashes = [...new Set((needs.inlineScripts ?? []).map(hashSource))];
  const styleHashes = [...new Set((needs.inlineStyles ?? []).map(hashSource))];
  const scriptSources = ["'self'", ...(needs.webAssembly ? ["'wasm-unsafe-eval'"] : []), ...scriptHashes];
  return [...FIXED_DIRECTIVES, `script-src ${scriptSources.join(' ')}`, `style-src ${["'self'", ...styleHashes].join(' ')}`].join('; ');
}
