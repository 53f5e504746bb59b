/**
 * True when the URL's host matches one of the patterns: "docs.google.com" matches that host only;
 * "*.slack.com" matches slack.com and any host below it.
 */
export function isDeniedHost(rawUrl: string, patterns: readonly string[]): boolean {
  const host = hostOf(rawUrl);
  if (!host) return false;
  return patterns.some((pattern) => {
    const wanted = pattern.toLowerCase().trim();
    if (wanted.startsWith('*.')) {
      const apex = wanted.slice(2);
      return host === apex || host.endsWith(`.${apex}`);
    }
    return host === wanted || host === `www.${wanted}`;
  });
}

/** Lower-case host of an absolute or scheme-less (`www.x.com/...`) URL, or undefined. */
export function hostOf(rawUrl: string): string | undefined {
  const trimmed = rawUrl.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.hostname ? url.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
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
