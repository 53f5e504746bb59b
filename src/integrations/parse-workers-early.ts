import type { AstroIntegration } from 'astro';
import { listNoteFiles } from '../lib/collection/note-files.ts';
import { startParseWorkersEarly, stopEarlyParseWorkers, threadsFor } from '../lib/collection/parse-workers.ts';

export interface ParseWorkersEarlyOptions {
  notesFolder: string;
}

/**
 * Starts a build's note-parsing workers as Astro starts up, for as many threads as the folder's notes are
 * worth, so that they have loaded the parser when the content loader hands them notes
 * (src/lib/collection/parse-workers.ts). Those no parse took are stopped once content is loaded.
 */
export function parseWorkersEarly(options: ParseWorkersEarlyOptions): AstroIntegration {
  return {
    name: 'episode-archive:parse-workers-early',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        let notes = 0;
        try {
          notes = listNoteFiles(options.notesFolder).length;
        } catch {
          return; // no notes folder: the loader says so, with the fix
        }
        startParseWorkersEarly(threadsFor(notes) - 1);
      },
      // Content is loaded before this hook: a worker left is one no parse needed.
      'astro:build:start': () => {
        stopEarlyParseWorkers();
      },
    },
  };
}
