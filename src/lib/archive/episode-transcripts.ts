import type { Chapter } from '../notes/timestamps.ts';

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
  /** True when the chapters are the transcript's (generated), because the note has no timestamps of its own. */
  chaptersGenerated?: boolean;
};

/** A transcript as this step needs it. */
export interface TranscriptFacts {
  id: string;
  digest: string;
  summaryHtml: string | null;
  source: 'text' | 'captions';
  chapters: readonly Chapter[];
}

/**
 * Gives each published episode the transcript of its video: an episode and a transcript belong together
 * when the transcript names the episode's video, whatever the files are called. Upcoming episodes get
 * none (a transcript of a draft, an upcoming episode or of no episode publishes nothing). A note's own
 * chapters always win; an episode without any takes the transcript's, marked as generated.
 */
export function withTranscripts<E extends { videoId: string | null; status: string; chapters: readonly Chapter[] }>(
  episodes: readonly E[], transcripts: readonly TranscriptFacts[],
): WithTranscript<E>[] {
  const byVideo = new Map(transcripts.map((transcript) => [transcript.id, transcript]));
  return episodes.map((episode) => {
    const transcript = episode.status === 'published' && episode.videoId ? byVideo.get(episode.videoId) : undefined;
    if (!transcript) return episode;
    const { id, digest, summaryHtml, source, chapters } = transcript;
    const generated = episode.chapters.length === 0 && chapters.length > 0;
    return {
      ...episode,
      transcript: { id, digest, summaryHtml, source },
      ...(generated ? { chapters: [...chapters], chaptersGenerated: true } : {}),
    };
  });
}
