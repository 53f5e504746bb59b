const YOUTUBE_HOSTS = new Set(['youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com']);
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * The 11-character video id of a YouTube URL in any usual form: `youtube.com/live/ID`,
 * `watch?v=ID`, `youtu.be/ID`, `embed/ID`, `shorts/ID`, `v/ID`, with or without `www.`
 * or a scheme, with extra query parameters. Undefined when the URL names no video.
 */
export function youtubeVideoId(rawUrl: string): string | undefined {
  const trimmed = rawUrl.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = url.pathname.split('/').filter(Boolean);
  let candidate: string | null | undefined;
  if (host === 'youtu.be') {
    candidate = segments[0];
  } else if (YOUTUBE_HOSTS.has(host)) {
    if (segments[0] === 'watch') candidate = url.searchParams.get('v');
    else if (['live', 'embed', 'shorts', 'v', 'e'].includes(segments[0] ?? '')) candidate = segments[1];
  }
  return candidate && VIDEO_ID.test(candidate) ? candidate : undefined;
}

// What the team writes where a video id will go.
const PLACEHOLDER_WORD = /^(?:tbd|tba|todo|tbc|x+|\?+|-+|n\/?a|none|placeholder|soon|later|id|video_?id)\.?$/i;

/**
 * True when a video URL says there is no video yet: empty, a placeholder word (`TBD`, `TODO`, `xxx`),
 * or a YouTube URL whose id is missing or a placeholder (`…/live/TODO`, `watch?v=TBD`, `embed/`).
 */
export function isPlaceholderVideoUrl(rawUrl: string): boolean {
  const trimmed = rawUrl.trim();
  if (!trimmed || PLACEHOLDER_WORD.test(trimmed)) return true;
  if (!isYoutubeUrl(trimmed) || youtubeVideoId(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return false;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const slot = segments[0] === 'watch' ? url.searchParams.get('v') ?? '' : ['live', 'embed', 'shorts', 'v', 'e'].includes(segments[0] ?? '') ? segments[1] ?? '' : url.hostname.endsWith('youtu.be') ? segments[0] ?? '' : undefined;
  return slot !== undefined && (slot === '' || PLACEHOLDER_WORD.test(slot));
}

/** True when the URL points at YouTube at all, even without a video id (e.g. a bare embed URL). */
export function isYoutubeUrl(rawUrl: string): boolean {
  try {
    const host = new URL(rawUrl.trim().replace(/^(?![a-z][a-z0-9+.-]*:)/i, 'https://')).hostname.replace(/^www\./, '');
    return host === 'youtu.be' || YOUTUBE_HOSTS.has(host);
  } catch {
    return false;
  }
}

/** The public watch URL of a video, optionally at a start time in seconds. */
export function youtubeWatchUrl(videoId: string, startSeconds?: number): string {
  const base = `https://www.youtube.com/watch?v=${videoId}`;
  return startSeconds ? `${base}&t=${Math.floor(startSeconds)}s` : base;
}
