import { pinEpisodeKeys } from '../../src/lib/archive/url-registry.ts';
import { loadNotesFolder, type LoadedNote } from '../../src/lib/collection/notes-folder.ts';
import type { Episode } from '../../src/lib/notes/parse-note.ts';
import { readUrlRegistry, urlRegistryPath } from '../../src/lib/build/url-registry-file.ts';
import { noteParserOptions } from '../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../src/site.config.ts';
import { SITES, type SiteName } from './sites.ts';

/** The notes a test site was built from, parsed the way its build parsed them: what its output must agree with. */
export function builtNotes(site: SiteName): LoadedNote[] {
  const env: Record<string, string> = SITES[site].env;
  const folder = env.EPISODES_DIR ?? 'src/content/episodes';
  const { notes, errors } = loadNotesFolder(folder, noteParserOptions(siteConfig, new Date(env.ARCHIVE_NOW!)));
  if (errors.length) throw new Error(`The ${site} notes do not parse: ${errors.map((error) => error.message).join('; ')}`);
  return notes;
}

/** The episodes of a test site at the URLs its build gave them (dated ones pinned by its URL registry). */
export function builtEpisodes(site: SiteName): Episode[] {
  const env: Record<string, string> = SITES[site].env;
  const parsed = builtNotes(site).map((note) => note.parsed.episode);
  const withPages = parsed.filter((episode) => episode.status !== 'draft');
  const pinned = pinEpisodeKeys(withPages, readUrlRegistry(urlRegistryPath(env))).episodes;
  return [...pinned, ...parsed.filter((episode) => episode.status === 'draft')];
}
