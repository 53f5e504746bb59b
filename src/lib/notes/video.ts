import type { RootContent } from 'mdast';
import type { FrontmatterReader } from './frontmatter-values.ts';
import { videoCandidateUrls } from './preamble.ts';
import { isYoutubeUrl, youtubeVideoId } from './youtube.ts';

/**
 * The episode's YouTube video id: from `url:` in any YouTube form, else from an iframe or a YouTube
 * link before the first section. Undefined when the note names no video yet.
 * @throws NoteError when `url:` is not a YouTube video URL.
 */
export function readVideoId(frontmatter: FrontmatterReader, preamble: readonly RootContent[]): string | undefined {
  const url = frontmatter.text('url');
  if (url) {
    const id = youtubeVideoId(url);
    if (!id) {
      throw frontmatter.error('url', isYoutubeUrl(url) ? `the url "${url}" does not name a YouTube video` : `the url "${url}" is not a YouTube URL`,
        'paste the video\'s YouTube link, e.g. `url: https://youtube.com/live/pzNRvMQzrJ0`, or leave `url:` empty until it exists.');
    }
    return id;
  }
  for (const candidate of videoCandidateUrls(preamble)) {
    const id = youtubeVideoId(candidate);
    if (id) return id;
  }
  return undefined;
}
