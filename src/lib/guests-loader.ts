import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { NotesError } from './notes-error.ts';

/**
 * The guest profiles (`<slug>.yaml` in the guests folder), loaded by Astro's glob loader. A profile
 * that does not match the schema stops the build with the file, what is wrong and how to fix it,
 * rather than a stack trace of Astro's loader.
 */
export function guestProfilesLoader(folder: string): Loader {
  const profiles = glob({ pattern: '**/*.{yaml,yml}', base: folder });
  return {
    name: 'guest-profiles',
    async load(context) {
      try {
        await profiles.load(context);
      } catch (error) {
        throw profileError(error) ?? error;
      }
    },
  };
}

function profileError(error: unknown): NotesError | undefined {
  const file = (error as { loc?: { file?: string } }).loc?.file;
  if (!file || !(error instanceof Error)) return undefined;
  // Astro's message: a title line, a blank line, then one line per problem (with markdown emphasis).
  const problems = error.message.split('\n').slice(1).map((line) => line.replaceAll('**', '').trim()).filter(Boolean);
  return new NotesError(`${relative(process.cwd(), file)}: this guest profile does not match what the archive reads\n`
    + `${problems.map((problem) => `  ${problem}`).join('\n')}\n`
    + '  Fix: correct the fields named above (name, role, company, bio, avatar, avatarAlt, links with label and url).\n');
}
