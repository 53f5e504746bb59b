import { loadNotesFolder, type LoadedNote } from '../../src/lib/notes-folder.ts';
import { noteParserOptions } from '../../src/lib/parser-options.ts';
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
