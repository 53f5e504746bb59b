import { resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/** How long notes must be left alone before the dev server reads them again. */
const QUIET_MS = 150;

/**
 * In dev, runs `syncNotes` (the loader's own) again once the notes under `options.folder` have changed and settled.
 */
export function watchNotes<Options extends { folder: string }>(context: LoaderContext, options: Options, syncNotes: (context: LoaderContext, options: Options) => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const root = resolve(options.folder);
  watcher.add(root);
  // Saves come in bursts (an editor writes twice, a folder is moved), and the watcher drops a change
  // that follows another within ~50 ms. So a sync starts once the notes have been quiet for a moment,
  // one at a time, and runs once more if notes changed while it ran: it always reads the final text.
  let running: Promise<void> | undefined;
  let again = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let changed = '';
  const sync = async (): Promise<void> => {
    do {
      again = false;
      try {
        await syncNotes(context, options);
        logger.info(`Reloaded notes after a change to ${changed}`);
      } catch (error) {
        logger.error((error as Error).message);
      }
    } while (again);
  };
  const onChange = (path: string) => {
    if (!path.startsWith(root) || !path.toLowerCase().endsWith('.md')) return;
    changed = path.slice(root.length + 1);
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      if (running) again = true;
      else running = sync().finally(() => (running = undefined));
    }, QUIET_MS);
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}
