import { youtubeVideoId } from './youtube.ts';

/** What a note evidently lacks before it could be published, read without parsing it. */
export interface PublishProbe {
  /** It names a YouTube video (in `url:` or before its first section). */
  video: boolean;
  /** It names a date (in `date:`, its title heading or its file name). */
  date: boolean;
  /** `draft: true` in its frontmatter. */
  markedDraft: boolean;
}

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const URL_IN_TEXT = /https?:\/\/[^\s)"'\]<>]+/g;
// 2024-01-19, 2024/01/19, 2024 / 12 / 05, or a month written out beside a four-digit year.
const DATE_IN_TEXT = /\b\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\s+(?:de\s+)?[a-z]{3,}\s+(?:de\s+)?\d{4}\b/i;

/**
 * Whether a note could be published at all, read by plain text search so that it works on notes the
 * parser rejects. A note without a video or a date is a draft: a problem in it must not stop a build
 * (it is reported, and stops nothing, until the note gets both). Generous on purpose: a note that
 * looks publishable here keeps its error, so a real problem in an aired episode is never hidden.
 */
export function probePublishable(rawText: string, fileName: string): PublishProbe {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const block = FRONTMATTER.exec(text);
  const frontmatter = block?.[1] ?? '';
  const body = text.slice(block?.[0].length ?? 0);
  const value = (key: string) => new RegExp(`^${key}[ \\t]*:[ \\t]*(.*)$`, 'im').exec(frontmatter)?.[1]?.trim().replace(/^["']|["']$/g, '') ?? '';
  const beforeSections = body.split(/^##[ \t]/m)[0] ?? '';
  const urls = [value('url'), ...(beforeSections.match(URL_IN_TEXT) ?? [])];
  const heading = /^#[ \t]+(.*)$/m.exec(body)?.[1] ?? '';
  return {
    video: urls.some((url) => youtubeVideoId(url) !== undefined),
    date: [value('date'), heading, fileName].some((candidate) => DATE_IN_TEXT.test(candidate)),
    markedDraft: /^(true|yes)$/i.test(value('draft')),
  };
}

/** True when the probe says the note cannot be published as it is. */
export function isEvidentlyDraft(probe: PublishProbe): boolean {
  return probe.markedDraft || !probe.video || !probe.date;
}
