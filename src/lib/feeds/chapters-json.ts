import { youtubeWatchUrl } from '../notes/youtube.ts';
import { feedPlainText } from './feed-text.ts';

/** Podcasting 2.0 JSON chapters (https://github.com/Podcastindex-org/podcast-namespace, chapters spec 1.2.0). */
export interface JsonChapters {
  version: '1.2.0';
  title: string;
  podcastName: string;
  chapters: { startTime: number; title: string; url?: string }[];
}

export function jsonChapters(episode: { headline: string; videoId: string | null; chapters: readonly { start: number; title: string }[] }, podcastName: string): JsonChapters {
  const { videoId } = episode;
  return {
    version: '1.2.0',
    // Podcast apps show these titles; some through an HTML renderer.
    title: feedPlainText(episode.headline),
    podcastName: feedPlainText(podcastName),
    chapters: episode.chapters.map((chapter) => ({
      startTime: chapter.start,
      title: feedPlainText(chapter.title),
      ...(videoId ? { url: youtubeWatchUrl(videoId, chapter.start) } : {}),
    })),
  };
}
