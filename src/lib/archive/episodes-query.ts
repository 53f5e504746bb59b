import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { guestIndex, newestFirst, topicIndex } from './indexes.ts';
import { slugify } from '../notes/slug.ts';
import { siteConfig } from '../../site.config.ts';
import { linkTargets, resolveNoteLinks } from './note-links.ts';
import { assembleArchive } from './assemble-archive.ts';
import { NotesError } from '../collection/notes-error.ts';
import { paths } from './site.ts';
import { withTranscripts, type WithTranscript } from './episode-transcripts.ts';
import { oneNamePerPerson } from './guest-identity.ts';
import { cacheFolder } from '../build/cache-folder.ts';
import { posterFactsOf } from '../seo/poster-facts.ts';
import { pagesPosterManifestPath, writePosterManifest } from '../seo/poster-manifest.ts';
import { readUrlRegistry, urlRegistryPath, writeUrlRegistry } from '../build/url-registry-file.ts';
import { leavePagesRecord } from '../build/guard-record.ts';
import { listTranscriptFiles } from '../collection/transcript-files.ts';
import { renderedAside, renderTranscriptText, textDigest, type RenderedTranscript } from '../build/transcripts-aside.ts';
import { contentFolders } from '../collection/parser-options.ts';
import { resolve } from 'node:path';

export type EpisodeEntry = CollectionEntry<'episodes'>;
/** An episode as pages read it: the note's data, and what its transcript adds (src/lib/archive/episode-transcripts.ts). */
export type EpisodeData = WithTranscript<EpisodeEntry['data']>;
export type GuestEntry = CollectionEntry<'guests'>;

let cache: Promise<{ episodes: EpisodeData[]; redirects: { from: string; to: string }[] }> | undefined;

function loadEpisodes() {
  cache ??= Promise.all([getCollection('episodes', (entry) => entry.data.status !== 'draft'), transcriptEntries()]).then(([entries, transcripts]) => {
    // The leak guard checks that the loader's record covers every note a page is rendered from.
    leavePagesRecord({ folder: resolve(contentFolders().episodes), files: entries.map((entry) => entry.data.sourceFile) });
    const registryFile = urlRegistryPath();
    // The loader ran the same assembly over every note and stopped the build on its errors.
    const pinned = assembleArchive({ episodes: entries.map((entry) => entry.data), registry: readUrlRegistry(registryFile), registryFile });
    if (pinned.errors.length) throw new NotesError(pinned.errors.map((error) => error.message).join('\n\n'));
    if (pinned.changed) writeUrlRegistry(registryFile, pinned.registry);
    // Wikilinks link to the pages this build has, once every episode's URL is known: never to a draft.
    const guestsWithPages = new Set(guestIndex(pinned.episodes.filter((episode) => episode.status === 'published')).map((guest) => guest.slug));
    const targets = linkTargets(pinned.episodes, guestsWithPages, paths);
    const facts = transcripts.map((entry) => ({ ...entry.data, id: entry.id, digest: String(entry.digest ?? entry.data.file) }));
    // One person, one name (accents, case) on every page, filter and feed; a transcript's title and summary topics.
    const showNames = Object.fromEntries(siteConfig.shows.map((show) => [show.slug, show.name]));
    const episodes: EpisodeData[] = withTranscripts(oneNamePerPerson(pinned.episodes), facts, { showNames, topics: siteConfig.topics });
    // The posters the pages link: the notes' list, as the archive completed it (src/integrations/posters.ts).
    writePosterManifest(pagesPosterManifestPath(cacheFolder('posters'), contentFolders().episodes),
      episodes.map((episode) => posterFactsOf(episode, siteConfig.shows)));
    return { episodes: newestFirst(episodes.map((episode) => resolveNoteLinks(episode, targets))), redirects: pinned.redirects };
  });
  return cache;
}

/**
 * The transcripts collection. Astro warns that a collection "does not exist or is empty, check your content
 * config" when it is read empty: an archive without transcripts is no error, so an empty folder is not read.
 */
async function transcriptEntries(): Promise<CollectionEntry<'transcripts'>[]> {
  return listTranscriptFiles(resolve(contentFolders().transcripts)).length ? getCollection('transcripts') : [];
}

/** Every episode that has a page (published and upcoming; drafts never), newest first, at its pinned URL. Read once per build. */
export async function episodesWithPages(): Promise<EpisodeData[]> {
  return (await loadEpisodes()).episodes;
}

/** Old URLs of episodes whose URL source changed: each gets a redirect page. */
export async function episodeRedirects(): Promise<{ from: string; to: string }[]> {
  return (await loadEpisodes()).redirects;
}

/** Published episodes, newest first: what lists, feeds and indexes show. */
export async function publishedEpisodes(): Promise<EpisodeData[]> {
  return (await episodesWithPages()).filter((episode) => episode.status === 'published');
}

/** Upcoming episodes, soonest first. */
export async function upcomingEpisodes(): Promise<EpisodeData[]> {
  return (await episodesWithPages()).filter((episode) => episode.status === 'upcoming').reverse();
}

/** Computed once per build and shared by every page: building it per page was a tenth of render time (profile). */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}

export const publishedGuestIndex = once(async () => guestIndex(await publishedEpisodes()));
export const publishedTopicIndex = once(async () => topicIndex(await publishedEpisodes()));

/** Guest entries by slug (file name), for names mentioned in notes. */
export const guestProfiles = once(async (): Promise<Map<string, GuestEntry['data']>> => {
  const entries = await getCollection('guests');
  const profiles = new Map<string, GuestEntry['data']>();
  for (const entry of entries) {
    profiles.set(entry.id, entry.data);
    profiles.set(slugify(entry.data.name), entry.data);
  }
  return profiles;
});

/** Shows with at least one episode page, in config order. With one, pages show no show navigation at all. */
export const showsOnSite = once(async () => {
  const present = new Set((await episodesWithPages()).map((episode) => episode.show));
  return siteConfig.shows.filter((show) => present.has(show.slug));
});

export async function hasSeveralShows(): Promise<boolean> {
  return (await showsOnSite()).length > 1;
}

/**
 * The transcript an episode shows (its text, rendered), read by the transcript's own page and text file
 * only: rendered once per build from its file (the loader keeps the text out of the content store), on a
 * worker thread as the build starts when there are many (src/lib/build/transcripts-aside.ts).
 */
export async function transcriptOf(episode: EpisodeData): Promise<RenderedTranscript | undefined> {
  if (!episode.transcript) return undefined;
  const entry = await getEntry('transcripts', episode.transcript.id);
  if (!entry?.filePath) return undefined;
  const cached = renderedTranscripts.get(entry.filePath);
  if (cached && cached.digest === entry.digest) return cached.transcript;
  const text = readFileSync(resolve(entry.filePath), 'utf8');
  const aside = await renderedAside(entry.filePath)?.catch(() => undefined);
  // Rendered aside from the same text as the file holds now, else (a changed file, a failed worker) here.
  const transcript = (aside?.digest === textDigest(text) ? aside : renderTranscriptText(text, entry.data.file)).transcript;
  if (!transcript) return undefined;
  // Its page and its text file both read it: rendered once per build.
  renderedTranscripts.set(entry.filePath, { digest: entry.digest, transcript });
  return transcript;
}
const renderedTranscripts = new Map<string, { digest: string | number | undefined; transcript: RenderedTranscript }>();

/** Published episodes that have a transcript: each gets a transcript page and text file. */
export async function episodesWithTranscripts(): Promise<EpisodeData[]> {
  return (await publishedEpisodes()).filter((episode) => episode.transcript);
}
