import type { RootContent } from 'mdast';
import type { NoteError } from './errors.ts';
import type { FrontmatterReader } from './frontmatter-values.ts';
import { videoCandidateUrls } from './preamble.ts';
import { isPlaceholderVideoUrl, isYoutubeUrl, youtubeVideoId } from './youtube.ts';

/** What a note says about its video: an id, or none yet; a `url:` that names no video is a problem to report. */
export interface VideoReading {
  videoId?: string;
  problem?: NoteError;
}

/**
 * The episode's YouTube video id: from `url:` in any YouTube form, else from an iframe or a YouTube
 * link before the first section (`[url](…)`, `[Link to YouTube video](…)`). A placeholder (`url:` empty,
 * `TBD`, `xxx`, `…/live/TODO`, `watch?v=TBD`, an empty link, an embed URL without an id) is no video yet.
 * Never throws: a `url:` that is not a YouTube video comes back as a problem, which stops the build only
 * if the note would otherwise be published.
 */
export function readVideoId(frontmatter: FrontmatterReader, preamble: readonly RootContent[]): VideoReading {
  const url = frontmatter.text('url');
  let problem: NoteError | undefined;
  if (url && !isPlaceholderVideoUrl(url)) {
    const id = youtubeVideoId(url);
    if (id) return { videoId: id };
    problem = frontmatter.error('url', isYoutubeUrl(url) ? `the url "${url}" does not name a YouTube video` : `the url "${url}" is not a YouTube URL`,
      'paste the video\'s YouTube link, e.g. `url: https://youtube.com/live/pzNRvMQzrJ0`, or leave `url:` empty until it exists.');
  }
  for (const candidate of videoCandidateUrls(preamble)) {
    const id = youtubeVideoId(candidate);
    if (id) return { videoId: id, problem };
  }
  return { problem };
}
