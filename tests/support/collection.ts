import { pinEpisodeKeys } from '../../src/lib/archive/url-registry.ts';
import { loadNotesFolder, type LoadedNote } from '../../src/lib/collection/notes-folder.ts';
import type { Episode } from '../../src/lib/notes/parse-note.ts';
import { readUrlRegistry, urlRegistryPath } from '../../src/lib/build/url-registry-file.ts';
import { noteParserOptions } from '../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../src/site.config.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeTranscript } from '../../src/lib/transcripts/publish-transcript.ts';
import { withTranscripts, type TranscriptFacts } from '../../src/lib/archive/episode-transcripts.ts';
import { oneNamePerPerson } from '../../src/lib/archive/guest-identity.ts';
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
  // As the site shows them: one spelling per person, and what each published episode's transcript adds (its
  // chapters when the note has none, its video's title when the note's only title is its file name, its summary's topics).
  const showNames = Object.fromEntries(siteConfig.shows.map((show) => [show.slug, show.name]));
  const joined = withTranscripts(oneNamePerPerson(pinned), transcriptFacts(env.TRANSCRIPTS_DIR ?? 'src/content/transcripts'), { showNames, topics: siteConfig.topics })
    .map(({ transcript, chaptersGenerated, titleFromTranscript, ...episode }) => episode as Episode);
  return [...joined, ...parsed.filter((episode) => episode.status === 'draft')];
}

/** What the build reads of each transcript of a folder, by the video it names (the first file of a video wins). */
function transcriptFacts(folder: string): TranscriptFacts[] {
  const found = new Map<string, TranscriptFacts>();
  if (!existsSync(folder)) return [];
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).sort()) {
    const { described } = describeTranscript(readFileSync(join(folder, file), 'utf8'), file);
    if (described && !found.has(described.videoId)) found.set(described.videoId, { ...described, id: described.videoId, digest: file });
  }
  return [...found.values()];
}

