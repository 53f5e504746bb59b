import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { checkRecordCoversPages, GuardRecordError, takeNotesRecord, takeTranscriptsRecord } from '../lib/build/guard-record.ts';
import { setAside } from '../lib/build/output-folder.ts';
import { readCleanRecord, writeCleanRecord } from '../lib/leak-guard/clean-record-file.ts';
import { digestOf, outputChecker } from '../lib/leak-guard/incremental-check.ts';
import { describeLeaks, describeWork } from '../lib/leak-guard/leak-report.ts';
import { readOutputFiles } from '../lib/leak-guard/output-files.ts';
import { siteMaterial } from '../lib/leak-guard/site-material.ts';
import { traceSources } from '../lib/leak-guard/trace-sources.ts';
import { withheldSecrets } from '../lib/leak-guard/withheld-secrets.ts';

export interface LeakGuardOptions {
  /**
   * The notes folder the episodes loader reads. The guard never lists or parses it: it takes the
   * record of what its notes withhold that the loader left in this build (src/lib/build/guard-record.ts).
   */
  notesFolder: string;
  /** The transcripts folder: a transcript is public text (YouTube's captions); the transcripts loader records which it stored. */
  transcriptsFolder?: string;
  /** The guest profiles: their names and links are public facts; a leak is traced to a profile that holds it. */
  guestsFolder?: string;
  /** The texts the site's configuration publishes (configTexts of the site config): public material. */
  siteTexts?: readonly string[];
  /**
   * A step still writing output when this one starts (the search index, written on a worker thread):
   * meanwhile the guard prepares its list of withheld texts and checks the rest of the site, then checks
   * the step's folders (top-level folders of the site) once `done` has resolved.
   */
  alongside?: { folders: readonly string[]; done: () => Promise<void> };
}

/**
 * The last step of every build: reads every output file (pages, feeds, calendars, JSON, the search
 * index) and fails the build if any text a note withholds appears in it, unless public material
 * explains it (withheldSecrets). What the notes withhold comes from the episodes loader's record of
 * this build, and a build without one fails closed. A leak names the hand-written page or guest
 * profile that holds the same words, if any. There is no switch to turn it off. A failed build is
 * moved aside, so no site that leaks is left where a deploy would find it.
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
        try {
          await checkOutput(outDir, options, pageFiles, (message) => logger.info(message));
        } catch (error) {
          if (!(error instanceof GuardRecordError) && !(error instanceof LeakFound)) throw error;
          const built = outDir.replace(/\/$/, '');
          const rejected = setAside(built, 'rejected') ?? `${built}.rejected`;
          const stopped = new Error(`${error.message}\nThe output was moved to ${rejected} for inspection; nothing was deployed from it.${error instanceof LeakFound ? `\n${error.fixes}` : ''}`);
          // The message names each output file, its source and the fix; a stack trace of the guard would only bury it.
          stopped.stack = '';
          throw stopped;
        }
      },
    },
  };
}

/** Leaks found in the output: the report, and the fixes said after where the output went. */
class LeakFound extends Error {
  readonly fixes: string;
  constructor(message: string, fixes: string) {
    super(message);
    this.fixes = fixes;
  }
}

/** Checks the output in `outDir` against the loaders' records; throws LeakFound or GuardRecordError. */
async function checkOutput(outDir: string, options: LeakGuardOptions, pageFiles: ReadonlySet<string>, log: (message: string) => void): Promise<void> {
  const started = Date.now();
  const cpuStarted = process.threadCpuUsage();
  const notes = takeNotesRecord(options.notesFolder);
  checkRecordCoversPages(notes);
  const transcripts = takeTranscriptsRecord(options.transcriptsFolder).map(({ file, path, videoId }) => ({ file, videoId, text: () => readFileSync(path, 'utf8') }));
  const site = siteMaterial(options, pageFiles);
  const secrets = withheldSecrets(notes, transcripts, site);
  const recordFile = join(cacheFolder('leak-guard'), `clean-output-${digestOf(outDir)}.json`);
  const checker = outputChecker(secrets, readCleanRecord(recordFile));
  const laterFolders = options.alongside?.folders ?? [];
  checker.check(readOutputFiles(outDir, { except: laterFolders }));
  // The time spent waiting for the search index is not the guard's own.
  const waitStarted = Date.now();
  const cpuBeforeWait = process.threadCpuUsage(cpuStarted);
  await options.alongside?.done();
  const waited = Date.now() - waitStarted;
  const cpuAfterWait = process.threadCpuUsage();
  if (laterFolders.length) checker.check(readOutputFiles(outDir, { only: laterFolders }));
  const result = checker.finish();
  if (result.record) {
    writeCleanRecord(recordFile, result.record);
    log(`No withheld text in the output: ${secrets.length} withheld texts, ${describeWork(result)}; checked in ${Date.now() - started - waited} ms (${cpuMs(cpuBeforeWait, process.threadCpuUsage(cpuAfterWait))} ms of CPU), after ${waited} ms waiting for the search index`);
    return;
  }
  const report = describeLeaks(result.leaks, traceSources(result.leaks, site.handWritten));
  throw new LeakFound(report.message, report.fixes);
}

/**
 * The CPU time of this thread in the given spans, in ms: the guard's own work, which a loaded machine
 * (or Pagefind beside it) does not inflate as it does the wall time.
 */
function cpuMs(...spans: NodeJS.CpuUsage[]): number {
  return Math.round(spans.reduce((total, span) => total + span.user + span.system, 0) / 1000);
}
