import { slugify } from '../notes/slug.ts';
import type { Episode, ParsedNote } from '../notes/parse-note.ts';
import type { NoteWarning } from '../notes/errors.ts';
import { topicsIn, withMoreTopics, type TopicVocabularyEntry } from '../notes/topics.ts';
import { videoTitle } from '../archive/episode-transcripts.ts';

/** What `npm run check` needs of an episode's transcript to say what it adds: the video's title and the summary. */
export interface TranscriptClues {
  file: string;
  title?: string;
  summaryText?: string | null;
}

/** An episode's title as the site shows it, and where it comes from; a warning when it is only a file name. */
export function reportedTitle(parsed: ParsedNote, file: string, transcript: TranscriptClues | undefined, showName: string): { title: string; source?: string; warning?: NoteWarning } {
  const { episode } = parsed;
  if (!episode.titleFromFileName) return { title: episode.title };
  const fromVideo = transcript?.title && episode.status === 'published' ? videoTitle(transcript.title, showName) : undefined;
  if (fromVideo) return { title: fromVideo, source: `from the video's transcript ${transcript!.file} (the note's only title is its file name)` };
  return {
    title: episode.title,
    source: 'from the file name (the note gives no title of its own)',
    warning: {
      file, line: parsed.line,
      problem: `the title "${episode.title}" is the note's file name: the note gives no title of its own, and no transcript of its video gives one`,
      fix: 'write the title in the heading (`# 2025-06-24 The Road to Loki 4.0`) or in `title:`.',
    },
  };
}

/** Each guest with their organisation and the line that names them, and whether they have a profile yet. */
export function reportedGuests(parsed: ParsedNote, profiles: ReadonlySet<string> | undefined): string[] {
  const { episode } = parsed;
  if (!episode.guests.length) return ['none'];
  const sources = new Map((parsed.guestSources ?? []).map((entry) => [entry.name, entry.source]));
  return episode.guests.map((name) => {
    const affiliation = episode.guestAffiliations?.[name];
    const details = [
      affiliation && `of ${affiliation.name}`,
      sources.get(name) && `from ${sources.get(name)}`,
      profiles && !profiles.has(slugify(name)) && 'no profile',
    ].filter(Boolean);
    return details.length ? `${name} (${details.join('; ')})` : name;
  });
}

/** The episode's topics as the site shows them: the note's, then those its transcript's summary names. */
export function reportedTopics(episode: Episode, transcript: TranscriptClues | undefined, vocabulary: readonly TopicVocabularyEntry[] | undefined): string {
  const fromSummary = vocabulary && transcript?.summaryText && episode.status === 'published' ? topicsIn([transcript.summaryText], vocabulary) : [];
  const topics = withMoreTopics(episode.topics, fromSummary);
  if (!topics.length) return 'none';
  const own = new Set(episode.topics.map((topic) => topic.slug));
  return topics.map((topic) => (own.has(topic.slug) ? topic.name : `${topic.name} (from the transcript's summary)`)).join(', ');
}
