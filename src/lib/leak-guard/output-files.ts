import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { digestOf, type OutputFile } from './incremental-check.ts';
import { readableText } from './text.ts';

const TEXT_FILES = new Set(['.html', '.xml', '.json', '.ics', '.txt', '.webmanifest']);

/**
 * Every file of a built site a reader could see text in: pages, feeds, calendars, JSON, and
 * Pagefind's compressed search fragments. Each comes with a digest of its bytes; its readable text
 * is only worked out when asked for, which is the costly part.
 */
export function* readOutputFiles(outDir: string): Generator<OutputFile> {
  const walk = function* (dir: string): Generator<string> {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(path);
      else yield path;
    }
  };
  for (const path of walk(outDir)) {
    const extension = extname(path);
    const shown = relative(outDir, path);
    if (TEXT_FILES.has(extension)) {
      const bytes = readFileSync(path);
      yield { path: shown, digest: digestOf(bytes), readText: () => readableText(bytes.toString('utf8')) };
    } else if (extension === '.pf_fragment') {
      // Pagefind stores each page's indexed text gzipped, after a "pagefind_dcd" signature.
      const bytes = readFileSync(path);
      yield { path: shown, digest: digestOf(bytes), readText: () => gunzipSync(bytes).toString('utf8').replace(/^pagefind_dcd/, '') };
    }
  }
}
