import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { setAside } from '../lib/build/output-folder.ts';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeLeaks, describeWork } from '../lib/leak-guard/leak-report.ts';
import { readCleanRecord, writeCleanRecord } from '../lib/leak-guard/clean-record-file.ts';
import { digestOf, outputChecker } from '../lib/leak-guard/incremental-check.ts';
import { readOutputFiles } from '../lib/leak-guard/output-files.ts';
import { collectSecrets } from '../lib/leak-guard/secrets.ts';
import { collectDeniedUrls } from '../lib/leak-guard/denied-links.ts';
import { readTranscriptFiles } from '../lib/collection/transcript-files.ts';
import { transcriptsEvidence } from '../lib/leak-guard/transcript-evidence.ts';
import type { NoteParserOptions } from '../lib/notes/parse-note.ts';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { evidenceKey, evidenceOf, readEvidence, type NoteEvidence } from '../lib/leak-guard/evidence-cache.ts';
import { listNoteFiles, readNoteText } from '../lib/collection/note-files.ts';
import { NoteError } from '../lib/notes/errors.ts';
import { parseNoteSafely } from '../lib/collection/notes-folder.ts';
import { readGuestProfiles } from '../lib/collection/guests/profiles-folder.ts';
import { profileFacts } from '../lib/leak-guard/public-material.ts';
import { siteStringsOf } from '../lib/leak-guard/site-strings.ts';
import { traceSources, type SiteSource } from '../lib/leak-guard/trace-sources.ts';

export interface LeakGuardOptions {
  notesFolder: string;
  parser: NoteParserOptions;
  /** The transcripts folder: a transcript is public text (YouTube's captions), so what it says is never a secret. */
  transcriptsFolder?: string;
  /** The guest profiles: their names and links are public facts; a leak is traced to a profile that holds it. */
  guestsFolder?: string;
  /** The texts the site's configuration publishes (configTexts of the site config): public material. */
  siteTexts?: readonly string[];
  /**
   * Where the site's pages and components are, relative to the project (default: src/pages,
   * src/components, src/layouts): a leak is traced to the one that holds it, and their strings are
   * pieces of generated text.
   */
  siteFolders?: readonly string[];
  /**
   * A step still writing output when this one starts (the search index, written on a worker thread):
   * meanwhile the guard prepares its list of withheld texts and checks the rest of the site, then checks
   * the step's folders (top-level folders of the site) once `done` has resolved.
   */
  alongside?: { folders: readonly string[]; done: () => Promise<void> };
}

const SITE_FOLDERS = ['src/pages', 'src/components', 'src/layouts'];
/** Code that writes text around the facts on pages and feeds: its strings are pieces of generated text. */
const TEXT_WRITING_CODE = ['src/lib/archive', 'src/lib/feeds', 'src/lib/seo', 'src/lib/notes/describe.ts', 'src/lib/notes/public-html.ts'];
const HAND_WRITTEN = new Set(['.md', '.mdx', '.markdown', '.html']);

/**
 * The last step of every build: reads every output file (pages, feeds, calendars, JSON, the search
 * index) and fails the build if any text a note withholds appears in it, unless public material
 * explains it (collectSecrets: the notes' public parts and facts, the config's texts, guests' names
 * and links, generated text). A leak names the hand-written page, component or guest profile that
 * holds the same words, if any. There is no switch to turn it off. A failed build is moved aside, so
 * no site that leaks is left where a deploy would find it.
 */
export function leakGuard(options: LeakGuardOptions): AstroIntegration {
  // The source file of every page, injected ones included: what a page publishes as written.
  const pageFiles = new Set<string>();
  return {
    name: 'episode-archive:leak-guard',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        pageFiles.clear();
        for (const route of routes) {
          const file = resolve(route.entrypoint);
          if (route.origin !== 'internal' && !file.includes(`${sep}node_modules${sep}`) && existsSync(file)) pageFiles.add(file);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const evidence = notesEvidence(options);
        const { publicSections, internalSections } = options.parser;
        const sectionNames = [...Object.values(publicSections).flat(), ...internalSections];
        const { handWritten, publicTexts, siteStrings } = siteMaterial(options, pageFiles);
        const secrets = [
          ...collectSecrets([
            ...evidence.map((note) => ({ file: note.file, episode: note.episode, withheld: note.withheld, publicText: note.publicText })),
            ...transcriptsEvidence(options.transcriptsFolder ? readTranscriptFiles(options.transcriptsFolder) : [], evidence),
          ], { sectionNames, publicTexts, siteStrings }),
          ...collectDeniedUrls(evidence.map((note) => ({ file: note.file, episode: note.episode, text: note.text })),
            options.parser.deniedLinkHosts),
        ];
        const recordFile = join(cacheFolder('leak-guard'), `clean-output-${digestOf(outDir)}.json`);
        const checker = outputChecker(secrets, readCleanRecord(recordFile));
        const laterFolders = options.alongside?.folders ?? [];
        checker.check(readOutputFiles(outDir, { except: laterFolders }));
        // The time spent waiting for the search index is not the guard's own.
        const waitStarted = Date.now();
        await options.alongside?.done();
        const waited = Date.now() - waitStarted;
        if (laterFolders.length) checker.check(readOutputFiles(outDir, { only: laterFolders }));
        const result = checker.finish();
        if (result.record) {
          writeCleanRecord(recordFile, result.record);
          logger.info(`No withheld text in the output: ${secrets.length} withheld texts, ${describeWork(result)}; checked in ${Date.now() - started - waited} ms`);
          return;
        }
        const leaks = result.leaks;
        const sources = traceSources(leaks, handWritten);
        const rejected = setAside(outDir.replace(/\/$/, ''), 'rejected') ?? `${outDir.replace(/\/$/, '')}.rejected`;
        const stopped = new Error(describeLeaks(leaks, sources, rejected));
        // The message names each output file, its source and the fix; a stack trace of the guard would only bury it.
        stopped.stack = '';
        throw stopped;
      },
    },
  };
}

/**
 * What the site itself contributes: the texts it publishes (the config's, guests' names and links),
 * the strings its code writes around facts (pieces of generated text), and the files published as
 * written (pages, components, guest profiles), to which a leak is traced.
 */
function siteMaterial(options: LeakGuardOptions, pageFiles: ReadonlySet<string>): { handWritten: SiteSource[]; publicTexts: string[]; siteStrings: string[] } {
  const profiles = options.guestsFolder ? readGuestProfiles(options.guestsFolder, shownPath(options.guestsFolder)).profiles : [];
  const siteFiles = readSiteFiles([...new Set([...(options.siteFolders ?? SITE_FOLDERS), ...pageFiles])]);
  const publicTexts = [...(options.siteTexts ?? []), ...profiles.flatMap((profile) => profileFacts(profile.profile))];
  const siteStrings = [...siteFiles, ...readSiteFiles(TEXT_WRITING_CODE)]
    .flatMap((source) => (HAND_WRITTEN.has(extname(source.file)) ? [] : siteStringsOf(source.text, source.file.endsWith('.astro') ? 'astro' : 'ts')));
  const handWritten = [...siteFiles, ...profiles.map((profile) => ({ file: profile.file, text: profile.text }))];
  return { handWritten, publicTexts, siteStrings };
}

/**
 * What every note withholds: from the evidence the loader left in the build cache, or by parsing the
 * note here when there is none (a cleared cache, a note the loader did not see). Paths are shown as
 * the loader shows them, so the cache keys agree.
 */
function notesEvidence(options: LeakGuardOptions): (NoteEvidence & { file: string; text: string })[] {
  const root = resolve(options.notesFolder);
  const shownFolder = relative(process.cwd(), root) || '.';
  const cacheDir = cacheFolder('leak-guard');
  const found: (NoteEvidence & { file: string; text: string })[] = [];
  for (const relativePath of listNoteFiles(root)) {
    const file = `${shownFolder}/${relativePath}`;
    const { text, invalidUtf8 } = readNoteText(resolve(root, relativePath));
    const cached = readEvidence(cacheDir, evidenceKey(file, text, options.parser));
    if (cached) {
      found.push({ ...cached, file, text });
      continue;
    }
    const parsed = parseNoteSafely(text, invalidUtf8, file, options.parser, { relativePath });
    // A note that does not parse stopped the build already; one that matches no show is not published.
    if (!(parsed instanceof NoteError)) found.push({ ...evidenceOf(parsed.parsed), file, text });
    else found.push({ episode: '(not published)', withheld: [], publicText: '', file, text });
  }
  return found;
}

/** A path as the build's messages show it: relative to the project. */
function shownPath(path: string): string {
  return relative(process.cwd(), resolve(path)) || '.';
}

/** The files below the given folders (or the given files), as shown to authors, with their text. */
function readSiteFiles(paths: readonly string[]): SiteSource[] {
  const files = new Map<string, SiteSource>();
  for (const path of paths) {
    const absolute = resolve(path);
    if (!existsSync(absolute)) continue;
    const entries = statSync(absolute).isDirectory() ? readdirSync(absolute, { recursive: true, encoding: 'utf8' }) : [''];
    for (const entry of entries) {
      const file = join(absolute, entry);
      if (!/\.(?:astro|mdx?|markdown|html|ts)$/.test(file)) continue;
      const shown = shownPath(file).split(sep).join('/');
      if (!files.has(shown)) files.set(shown, { file: shown, text: readFileSync(file, 'utf8') });
    }
  }
  return [...files.values()];
}
