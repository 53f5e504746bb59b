import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file of the build cache whole or not at all: to a file beside it named by this process (two
 * builds never share one), then renamed over it. A build stopped mid-write leaves the last complete file,
 * or none, never a truncated one to be reused.
 */
export function writeCacheFile(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, path);
}

/** A JSON file of the build cache, parsed; undefined when it is missing or not whole (what it held is then made again). */
export function readCacheJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
