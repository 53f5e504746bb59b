import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { feedPartText, feedParts } from './feed-parts.ts';
import { digestOf, type OutputFile, type OutputPart } from './incremental-check.ts';
import { pagefindText } from './pagefind-text.ts';
import { calendarText, jsonText, markupText } from './text.ts';

/** How the text of each kind of output file is read. */
const READERS: Record<string, (bytes: Buffer) => string> = {
  '.html': (bytes) => markupText(bytes.toString('utf8')),
  '.xml': (bytes) => markupText(bytes.toString('utf8'), { escapedMarkup: true }),
  '.svg': (bytes) => markupText(bytes.toString('utf8')),
  '.ics': (bytes) => calendarText(bytes.toString('utf8')),
  '.json': (bytes) => jsonText(bytes.toString('utf8')),
  '.webmanifest': (bytes) => jsonText(bytes.toString('utf8')),
  '.txt': (bytes) => bytes.toString('utf8'),
  // Pagefind's index: the text of each page (fragments), filter values and names (filters, meta).
  '.pf_fragment': pagefindText,
  '.pf_filter': pagefindText,
  '.pf_meta': pagefindText,
  // Not read: .pf_index files hold single stemmed words ("welcom"), sorted, with no run of a
  // sentence left in them; every word in them comes from a page whose fragment is read.
};

/** Which top-level entries of the site to read: only some (`only`), or all but some (`except`). */
export interface OutputParts {
  only?: readonly string[];
  except?: readonly string[];
}

/**
 * Every file of a built site a reader could see text in: pages, feeds, calendars, JSON, and
 * Pagefind's compressed index. Each comes with a digest of its bytes; its readable text is only
 * worked out when asked for, which is the costly part.
 */
export function* readOutputFiles(outDir: string, parts: OutputParts = {}): Generator<OutputFile> {
  const only = new Set(parts.only ?? []);
  const except = new Set(parts.except ?? []);
  const walk = function* (dir: string): Generator<string> {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (dir === outDir && (except.has(entry.name) || (only.size && !only.has(entry.name)))) continue;
      if (entry.isDirectory()) yield* walk(path);
      else yield path;
    }
  };
  for (const path of walk(outDir)) {
    const extension = extname(path);
    const read = READERS[extension];
    if (!read) continue;
    const bytes = readFileSync(path);
    const file: OutputFile = { path: relative(outDir, path), digest: digestOf(bytes), readText: () => read(bytes) };
    if (extension === '.xml') file.readParts = () => feedParts(bytes)?.map(feedPart);
    yield file;
  }
}

/** A part of a feed (feedParts), read as the '.xml' reader reads the whole feed. */
function feedPart(bytes: Buffer): OutputPart {
  return { digest: digestOf(bytes), readText: () => feedPartText(bytes.toString('utf8')) };
}
