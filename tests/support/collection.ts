import { assembleArchive } from '../../src/lib/archive/assemble-archive.ts';
import { loadNotesFolder, type LoadedNote } from '../../src/lib/collection/notes-folder.ts';
import type { Episode } from '../../src/lib/notes/parse-note.ts';
import { readUrlRegistry, urlRegistryPath } from '../../src/lib/build/url-registry-file.ts';
import { contentFolders, noteParserOptions } from '../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../src/site.config.ts';
import { withTranscripts, type WithTranscript } from '../../src/lib/archive/episode-transcripts.ts';
import { oneNamePerPerson } from '../../src/lib/archive/guest-identity.ts';
import { readTranscriptsFolder } from '../../src/lib/collection/transcripts-folder.ts';
import { SITES, type SiteName } from './sites.ts';

/** The notes a test site was built from, parsed the way its build parsed them: what its output must agree with. */
export function builtNotes(site: SiteName): LoadedNote[] {
  const env: Record<string, string> = SITES[site].env;
  const { notes, errors } = loadNotesFolder(contentFolders(env).episodes, noteParserOptions(siteConfig, new Date(env.ARCHIVE_NOW!)));
  if (errors.length) throw new Error(`The ${site} notes do not parse: ${errors.map((error) => error.message).join('; ')}`);
  return notes;
}

/**
 * The episodes of a test site as its build published them: the notes with pages at their pinned URLs
 * (src/lib/archive/assemble-archive.ts), each joined to its video's transcript by the build's own join
 * (src/lib/archive/episode-transcripts.ts) over the transcripts as the build's loader reads them
 * (src/lib/collection/transcripts-folder.ts; the first file of a video by sorted path wins: src/lib/transcripts/transcript-per-video.ts), then the drafts.
 * Unlike src/lib/archive/episodes-query.ts it reads no Astro collection (tests run outside Astro), and it
 * neither sorts nor resolves wikilinks, which no caller compares.
 */
export function builtEpisodes(site: SiteName): WithTranscript<Episode>[] {
  const env: Record<string, string> = SITES[site].env;
  const notes = builtNotes(site);
  const parsed = notes.map((note) => note.parsed.episode);
  const withPages = notes.filter((note) => note.parsed.episode.status !== 'draft').map((note) => ({ ...note.parsed.episode, sourceFile: note.file }));
  // The build's own assembly of the archive (src/lib/archive/assemble-archive.ts), as its pages' query runs it.
  const registryFile = urlRegistryPath(env);
  const pinned = assembleArchive({ episodes: withPages, registry: readUrlRegistry(registryFile), registryFile }).episodes
    .map(({ sourceFile, ...episode }) => episode);
  // As the site shows them: one spelling per person, and what each published episode's transcript adds (its
  // chapters when the note has none, its video's title when the note's only title is its file name, its summary's topics).
  const transcripts = [...readTranscriptsFolder(contentFolders(env).transcripts).byVideo.values()]
    .map(({ videoId, file, title, summaryHtml, summaryText, source, chapters }) => ({ id: videoId, file, title, digest: file, summaryHtml, summaryText, source, chapters }));
  const showNames = Object.fromEntries(siteConfig.shows.map((show) => [show.slug, show.name]));
  return [...withTranscripts(oneNamePerPerson(pinned), transcripts, { showNames, topics: siteConfig.topics }), ...parsed.filter((episode) => episode.status === 'draft')];
}

