import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { slugify } from '../notes/slug.ts';

/**
 * The slugs under which guest profiles are found, as the site looks them up: each file's name
 * and its `name:` (src/lib/episodes-query.ts). A missing folder has no profiles.
 */
export function readGuestProfileSlugs(folder: string): Set<string> {
  const slugs = new Set<string>();
  if (!existsSync(folder)) return slugs;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/i.test(entry.name)) continue;
    slugs.add(basename(entry.name, extname(entry.name)));
    try {
      const data = parse(readFileSync(join(entry.parentPath, entry.name), 'utf8')) as { name?: unknown } | null;
      if (typeof data?.name === 'string') slugs.add(slugify(data.name));
    } catch {
      // A broken profile is the build's to report; its file name still counts.
    }
  }
  return slugs;
}
