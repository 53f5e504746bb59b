import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { slug } from 'github-slugger';
import { NoteError } from '../../notes/errors.ts';
import { slugify } from '../../notes/slug.ts';
import type { GuestProfileData } from './profile-schema.ts';
import { readGuestProfile } from './read-profile.ts';

/** A guest profile's file: YAML, or a markdown note with the properties as frontmatter. */
export const PROFILE_FILE = /\.(?:ya?ml|md)$/i;

/** One valid guest profile file. */
export interface GuestProfileFile {
  /** The collection id: the path below the folder without `.yaml`, slugged as Astro's glob() loader does. */
  id: string;
  /** Path as shown to authors (the folder as given, then the path below it). */
  file: string;
  absolutePath: string;
  /** The absolute path of its avatar, when it has one. */
  avatarPath?: string;
  text: string;
  profile: GuestProfileData;
  /** What to hand to Astro's parseData: the YAML's values, empty properties left out. */
  data: Record<string, unknown>;
}

export interface GuestProfilesFolder {
  /** The id of every profile file, valid or not. */
  ids: string[];
  profiles: GuestProfileFile[];
  errors: NoteError[];
}

/** Every `.yaml`/`.yml`/`.md` file below a folder (hidden ones left out, as glob() does), relative paths with `/`, sorted. */
export function listProfileFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => PROFILE_FILE.test(path) && !path.split(sep).some((part) => part.startsWith('.')))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/**
 * Reads and validates every guest profile of a folder, collecting every problem rather than
 * stopping at the first. A missing folder has no profiles. Used by the build's guests loader
 * and by `npm run check`, so both accept and refuse the same files.
 */
export function readGuestProfiles(folder: string, shownFolder = folder): GuestProfilesFolder {
  const profiles: GuestProfileFile[] = [];
  const errors: NoteError[] = [];
  const byId = new Map<string, string>();
  const ids: string[] = [];
  for (const path of listProfileFiles(folder)) {
    const id = path.replace(PROFILE_FILE, '').split('/').map((part) => slug(part)).join('/');
    ids.push(id);
    const absolutePath = resolve(folder, path);
    const file = `${shownFolder.replace(/\/$/, '')}/${path}`;
    const text = readFileSync(absolutePath, 'utf8');
    const avatarExists = (avatar: string) => existsSync(resolve(dirname(absolutePath), avatar));
    const result = readGuestProfile(text, file, { avatarExists, avatarBytes: (avatar) => firstBytes(resolve(dirname(absolutePath), avatar)) });
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const other = byId.get(id);
    if (other !== undefined) {
      errors.push(new NoteError({ file, line: 1 }, `this profile and ${other} are both for "${id}"`, 'keep one file per guest: merge the two and delete the other.'));
      continue;
    }
    byId.set(id, file);
    const avatarPath = result.profile.avatar ? resolve(dirname(absolutePath), result.profile.avatar) : undefined;
    profiles.push({ id, file, absolutePath, avatarPath, text, profile: result.profile, data: result.data });
  }
  return { ids, profiles, errors };
}

/**
 * The slugs under which the site finds a profile for a guest named in a note: each file's id
 * and its `name:` (src/lib/archive/episodes-query.ts looks them up the same way). A broken profile's id
 * still counts: its guest has a profile, which is reported as needing a fix.
 */
export function guestProfileSlugs(folder: GuestProfilesFolder): Set<string> {
  return new Set([...folder.ids, ...folder.profiles.map((profile) => slugify(profile.profile.name))]);
}

/** The first 16 bytes of a file: enough for any image format's signature. */
function firstBytes(path: string): Uint8Array | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const bytes = Buffer.alloc(16);
    return bytes.subarray(0, readSync(descriptor, bytes, 0, 16, 0));
  } catch {
    return undefined; // not a readable file: the check that it is there says so
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** A path relative to another, with forward slashes (as Astro stores entry paths). */
export function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}
