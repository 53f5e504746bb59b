import { resolve } from 'node:path';

/**
 * A folder of the build cache, kept between builds (CI caches it too). ARCHIVE_CACHE_DIR moves it.
 * Only derived files live here: deleting it costs time, never content.
 */
export function cacheFolder(name: string, env: Record<string, string | undefined> = process.env): string {
  return resolve(env.ARCHIVE_CACHE_DIR ?? '.cache/build', name);
}
