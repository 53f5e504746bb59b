import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EMPTY_REGISTRY, type UrlRegistry } from '../archive/url-registry.ts';

/** Where the URL registry lives; commit it with the notes. EPISODE_URLS_FILE points tests elsewhere. */
export function urlRegistryPath(env: Record<string, string | undefined> = process.env): string {
  return env.EPISODE_URLS_FILE ?? 'src/content/episode-urls.json';
}

export function readUrlRegistry(path: string): UrlRegistry {
  if (!existsSync(path)) return EMPTY_REGISTRY;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as UrlRegistry;
    if (parsed.version !== 1 || typeof parsed.episodes !== 'object') throw new Error('unknown format');
    return parsed;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}\n  Fix: restore the file from git; it records the URL of every dated episode.`);
  }
}

export function writeUrlRegistry(path: string, registry: UrlRegistry): void {
  writeFileSync(path, `${JSON.stringify(registry, null, 2)}\n`);
}
