import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readableText } from './text.ts';

const TEXT_FILES = new Set(['.html', '.xml', '.json', '.ics', '.txt', '.webmanifest']);

/**
 * Every file of a built site a reader could see text in, as readable text: pages, feeds,
 * calendars, JSON, and the content of Pagefind's compressed search fragments.
 */
export function* readOutputTexts(outDir: string): Generator<{ path: string; text: string }> {
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
      yield { path: shown, text: readableText(readFileSync(path, 'utf8')) };
    } else if (extension === '.pf_fragment') {
      // Pagefind stores each page's indexed text gzipped, after a "pagefind_dcd" signature.
      const json = gunzipSync(readFileSync(path)).toString('utf8').replace(/^pagefind_dcd/, '');
      yield { path: shown, text: json };
    }
  }
}
