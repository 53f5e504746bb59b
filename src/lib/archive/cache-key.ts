import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// An episode appears on many pages and feeds: it is hashed once per build.
const digests = new WeakMap<object, string>();

/** A hash of an object's data, computed once per object per build. */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = sha256(JSON.stringify(value));
    digests.set(value, digest);
  }
  return digest;
}

/**
 * The cacheKey of a statically built path (Astro's incremental builds): a hash of every piece of
 * data the path renders. Astro reuses the previous output only when the key and the code it
 * depends on are both unchanged, so whatever a page shows must be in here (pass big objects as
 * digestOf(object)).
 */
export function pageCacheKey(...data: unknown[]): string {
  return sha256(JSON.stringify(data)).slice(0, 32);
}
