import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { NoteError } from '../notes/errors.ts';
import { AVATAR_EXTENSIONS } from './guests/profile-schema.ts';
import { posixRelative, readGuestProfiles } from './guests/profiles-folder.ts';

export interface GuestProfilesLoaderOptions {
  /** Folder of the profiles, relative to the project root. */
  folder: string;
}

/** Thrown when guest profiles have problems: one message naming each file, line and fix. */
export class GuestProfilesError extends Error {
  override name = 'GuestProfilesError';

  constructor(errors: readonly NoteError[]) {
    super(`${errors.length} guest profile problem(s) to fix:\n\n${errors.map((error) => error.message).join('\n\n')}\n`);
    // The message is for the author; a stack trace of our loader would only bury it.
    this.stack = '';
  }
}

/**
 * Astro content loader for guest profiles (`<slug>.yaml`): validates them with the same pure
 * reader as `npm run check` (src/lib/guests/), so a bad profile stops the build with the file,
 * line and fix instead of a YAML or zod stack trace. Entries are stored as glob() stores them:
 * the collection's schema (with Astro's image() for `avatar:`) is applied by parseData, given
 * the file's path so that the avatar resolves next to it.
 */
export function guestProfilesLoader(options: GuestProfilesLoaderOptions): Loader {
  return {
    name: 'guest-profiles',
    async load(context) {
      await syncProfiles(context, options);
      watchProfiles(context, options);
    },
  };
}

async function syncProfiles(context: LoaderContext, { folder }: GuestProfilesLoaderOptions): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  const absoluteFolder = resolve(root, folder);
  // Shown as authors read paths: relative to the project inside it, absolute outside it.
  const inside = posixRelative(root, absoluteFolder);
  const { profiles, errors } = readGuestProfiles(absoluteFolder, inside.startsWith('..') ? absoluteFolder : inside || '.');
  // Nothing changes in the store until every profile is valid: in dev the last good state stays.
  if (errors.length) throw new GuestProfilesError(errors);
  const seen = new Set<string>();
  for (const profile of profiles) {
    seen.add(profile.id);
    // The avatar's bytes count: a replaced photo must be measured again.
    const avatar = profile.avatarPath ? createHash('sha256').update(readFileSync(profile.avatarPath)).digest('hex') : '';
    const digest = generateDigest(`${profile.file}\n${profile.text}\n${avatar}`);
    if (store.get(profile.id)?.digest === digest) continue;
    const data = await parseData({ id: profile.id, data: profile.data, filePath: profile.absolutePath });
    store.set({ id: profile.id, data, filePath: posixRelative(root, profile.absolutePath), digest });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

function watchProfiles(context: LoaderContext, options: GuestProfilesLoaderOptions): void {
  const { watcher, logger, config } = context;
  if (!watcher) return;
  const folder = resolve(fileURLToPath(config.root), options.folder);
  watcher.add(folder);
  const relevant = new RegExp(`\\.(ya?ml|md|${AVATAR_EXTENSIONS.join('|')})$`, 'i');
  // One sync at a time: a burst of saves must not interleave two syncs over the same store.
  let queue = Promise.resolve();
  const onChange = (path: string) => {
    if (!path.startsWith(folder + sep) || !relevant.test(path)) return;
    queue = queue.then(() => syncProfiles(context, options)).then(
      () => logger.info(`guest profiles reloaded after a change to ${relative(folder, path)}`),
      (error: unknown) => logger.error(error instanceof GuestProfilesError ? error.message : String(error)),
    );
  };
  watcher.on('add', onChange);
  watcher.on('change', onChange);
  watcher.on('unlink', onChange);
}
