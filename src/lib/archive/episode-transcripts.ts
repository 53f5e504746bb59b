import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Chapter } from '../notes/timestamps.ts';
import { topicsIn, withMoreTopics, type Topic, type TopicVocabularyEntry } from '../notes/topics.ts';

/** What an episode's pages show of its transcript; the text itself is read only by the transcript's own page. */
export interface EpisodeTranscript {
  /** The transcripts collection entry's id (the video id). */
  id: string;
  summaryHtml: string | null;
  source: 'text' | 'captions';
  /** Changes whenever the transcript file does: part of the pages' cache keys. */
  digest: string;
}

/** An episode with what the transcripts add to it. */
export type WithTranscript<E> = E & {
  transcript?: EpisodeTranscript;
  /** The transcript file whose video title became the episode's title (the note's only title was its file name). */
  titleFromTranscript?: string;
  /** True when the chapters are the transcript's (generated), because the note has no timestamps of its own. */
  chaptersGenerated?: boolean;
};

/** A transcript as this step needs it. */
export interface TranscriptFacts {
  id: string;
  digest: string;
  /** The transcript file, as authors see its path. */
  file?: string;
  /** The video's title on YouTube, as the file writes it. */
  title?: string;
  summaryHtml: string | null;
  /** The summary as written, whose topics the episode gets too. */
  summaryText?: string | null;
  source: 'text' | 'captions';
  chapters: readonly Chapter[];
}

/** What joining transcripts to episodes needs to know of the site. */
export interface TranscriptJoinOptions {
  /** Each show's name by slug: a video title's "(<show> June 2025)" suffix is dropped. */
  showNames?: Readonly<Record<string, string>>;
  /** The topic vocabulary, matched in the transcript's summary. */
  topics?: readonly TopicVocabularyEntry[];
}

type JoinableEpisode = {
  videoId: string | null; status: string; chapters: readonly Chapter[]; show?: string; title?: string;
  titleFromFileName?: boolean; description?: string; topics?: readonly Topic[];
};

/**
 * Gives each published episode the transcript of its video: an episode and a transcript belong together
 * when the transcript names the episode's video, whatever the files are called. Upcoming episodes get
 * none (a transcript of a draft, an upcoming episode or of no episode publishes nothing). A note's own
 * chapters always win; an episode without any takes the transcript's, marked as generated. A note whose
 * only title is its file name takes its video's title; the summary's topics are added to the episode's.
 */
export function withTranscripts<E extends JoinableEpisode>(
  episodes: readonly E[], transcripts: readonly TranscriptFacts[], options: TranscriptJoinOptions = {},
): WithTranscript<E>[] {
  const byVideo = new Map(transcripts.map((transcript) => [transcript.id, transcript]));
  return episodes.map((episode) => {
    const transcript = episode.status === 'published' && episode.videoId ? byVideo.get(episode.videoId) : undefined;
    if (!transcript) return episode;
    const { id, digest, summaryHtml, source, chapters } = transcript;
    const generated = episode.chapters.length === 0 && chapters.length > 0;
    const title = episode.titleFromFileName && transcript.title ? videoTitle(transcript.title, options.showNames?.[episode.show ?? ''] ?? '') : undefined;
    const summaryTopics = options.topics && transcript.summaryText && episode.topics ? topicsIn([transcript.summaryText], options.topics) : [];
    return {
      ...episode,
      transcript: { id, digest, summaryHtml, source },
      ...(generated ? { chapters: [...chapters], chaptersGenerated: true } : {}),
      ...(title && episode.title ? {
        title, titleFromTranscript: transcript.file ?? id,
        ...(episode.description !== undefined ? { description: episode.description.replace(episode.title, title) } : {}),
      } : {}),
      ...(summaryTopics.length && episode.topics ? { topics: withMoreTopics(episode.topics, summaryTopics) } : {}),
    };
  });
}

/**
 * A video's title as an episode's: HTML entities decoded (`do&#39;s` is "do's") and the show's own suffix
 * in parentheses dropped: "The Road to Loki 4.0 (Loki Community Call June 2025)" is "The Road to Loki 4.0"
 * for the Loki Community Call. Undefined when nothing is left.
 */
export function videoTitle(raw: string, showName: string): string | undefined {
  const decoded = toString(fromHtml(raw, { fragment: true })).replace(/\s+/g, ' ').trim();
  const suffix = /^(.*\S)\s*\(([^()]*)\)$/.exec(decoded);
  const title = suffix && namesShow(suffix[2]!, showName) ? suffix[1]!.trim() : decoded;
  return title || undefined;
}

/** Whether a parenthesis names the show: it holds the show's name, or two of its words (emoji aside). */
function namesShow(text: string, showName: string): boolean {
  const words = (value: string) => value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const showWords = words(showName);
  if (showWords.length === 0) return false;
  const inText = new Set(words(text));
  const shared = showWords.filter((word) => inText.has(word)).length;
  return shared >= Math.min(2, showWords.length);
}
