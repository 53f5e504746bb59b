import { pinEpisodeKeys } from '../../src/lib/archive/url-registry.ts';
import { loadNotesFolder, type LoadedNote } from '../../src/lib/collection/notes-folder.ts';
import type { Episode } from '../../src/lib/notes/parse-note.ts';
import { readUrlRegistry, urlRegistryPath } from '../../src/lib/build/url-registry-file.ts';
import { noteParserOptions } from '../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../src/site.config.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Chapter } from '../../src/lib/notes/timestamps.ts';
import { parseTranscript } from '../../src/lib/transcripts/parse-transcript.ts';
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
  // A published episode whose note has no chapters shows its video's transcript's, as the site does.
  const chapters = transcriptChapters(env.TRANSCRIPTS_DIR ?? 'src/content/transcripts');
  const withChapters = pinned.map((episode) => {
    const generated = episode.status === 'published' && episode.videoId && !episode.chapters.length ? chapters.get(episode.videoId) : undefined;
    return generated?.length ? { ...episode, chapters: generated } : episode;
  });
  return [...withChapters, ...parsed.filter((episode) => episode.status === 'draft')];
}

/** The `## Chapters` of each transcript of a folder, by the video it names. */
function transcriptChapters(folder: string): Map<string, Chapter[]> {
  const found = new Map<string, Chapter[]>();
  if (!existsSync(folder)) return found;
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'))) {
    const { transcript } = parseTranscript(readFileSync(join(folder, file), 'utf8'), file);
    if (transcript.videoId && transcript.chapters) found.set(transcript.videoId, transcript.chapters);
  }
  return found;
}
