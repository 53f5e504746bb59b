import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { listNoteFiles } from '../lib/collection/note-files.ts';
import { noteStatsOf, notesChangedSince, saveNoteStats, type NoteStats } from '../lib/collection/note-stats.ts';
import { startParseWorkersEarly, stopEarlyParseWorkers, threadsFor } from '../lib/collection/parse-workers.ts';

export interface ParseWorkersEarlyOptions {
  notesFolder: string;
}

/**
 * Starts a build's note-parsing workers as Astro starts up, for as many threads as the notes it will
 * parse are worth, so that they have loaded the parser when the content loader hands them notes
 * (src/lib/collection/parse-workers.ts). Which notes those are is guessed from their sizes and times
 * against the last build's (src/lib/collection/note-stats.ts): a rebuild after one edited note starts
 * none, rather than one that loads the parser (~1 s of CPU) while Astro starts, for nothing.
 * Those no parse took are stopped once content is loaded.
 */
export function parseWorkersEarly(options: ParseWorkersEarlyOptions): AstroIntegration {
  const record = join(cacheFolder('parse-workers'), 'note-stats.json');
  let stats: NoteStats | undefined;
  return {
    name: 'episode-archive:parse-workers-early',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        try {
          stats = noteStatsOf(listNoteFiles(options.notesFolder));
        } catch {
          return; // no notes folder: the loader says so, with the fix
        }
        startParseWorkersEarly(threadsFor(notesChangedSince(record, stats)) - 1);
      },
      // Content is loaded before this hook: a worker left is one no parse needed.
      'astro:build:start': () => {
        stopEarlyParseWorkers();
        if (stats) saveNoteStats(record, stats);
      },
    },
  };
}
