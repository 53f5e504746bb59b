import type { NoteWarning } from '../notes/errors.ts';
import type { Chapter } from '../notes/timestamps.ts';
import { parseTranscript, type Transcript } from './parse-transcript.ts';
import { renderCaptions, renderMarkdown, type TranscriptHeading } from './render-transcript.ts';

/**
 * The most of a transcript one page shows. A real one is 10 to 80 KB; a file far longer is a script
 * gone wrong (captions repeated, a whole day's stream), and would make a page no phone scrolls through.
 */
export const MAX_TRANSCRIPT_BYTES = 256 * 1024;

/** What the site publishes of a transcript: everything the pages, search and feeds need, already safe HTML. */
export interface PublishedTranscript {
  videoId: string;
  /** The transcript file, as authors see its path. */
  file: string;
  /** The video's title on YouTube (`# title`), as the file writes it; '' when it has none. */
  title: string;
  /** The generated summary, sanitised HTML; null when the file has none. */
  summaryHtml: string | null;
  /** The summary's text as written (markdown), for finding its topics; null when the file has none. */
  summaryText: string | null;
  /** The transcript's chapters (generated); an episode uses them only when its note has none. */
  chapters: Chapter[];
  /** What the page shows: the cleaned-up text when there is one, else the raw captions. Never both. */
  source: 'text' | 'captions';
  html: string;
  headings: TranscriptHeading[];
  plainText: string;
  /** True when the text was longer than MAX_TRANSCRIPT_BYTES and was cut at a paragraph. */
  cut: boolean;
  /**
   * The raw captions too, when the cleaned-up text is a much shorter version of them (the team's script
   * often writes one: 6 KB of text for 70 KB of captions), so that everything said is on the page and in
   * search; null when the text says as much as the captions (they would say it twice) or is all there is.
   */
  captions: { html: string; plainText: string } | null;
}

export interface PublishResult {
  /** Null when the file cannot belong to an episode (no video) or has nothing to show. */
  published: PublishedTranscript | null;
  transcript: Transcript;
  warnings: NoteWarning[];
}

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** What the site knows of a transcript before its text is rendered: enough for the episode page and feeds. */
export type TranscriptDescription = Omit<PublishedTranscript, 'html' | 'headings' | 'plainText' | 'captions'>;

/** The cleaned-up text counts as a shorter version of the captions below this share of their size. */
const CONDENSED_SHARE = 0.5;

export interface DescribeResult {
  /** Null when the file cannot belong to an episode (no video) or has nothing to show. */
  described: (TranscriptDescription & { body: string; captionsBody: string | null }) | null;
  transcript: Transcript;
  warnings: NoteWarning[];
}

/**
 * Parses a transcript file and works out what the site shows of it, without rendering its text (tens of
 * kilobytes, read only by the transcript's own page): `body` is the text (or captions) the page shows,
 * cut to MAX_TRANSCRIPT_BYTES. Never throws: see parseTranscript.
 */
export function describeTranscript(text: string, file: string, maxBytes = MAX_TRANSCRIPT_BYTES): DescribeResult {
  const { transcript, warnings } = parseTranscript(text, file);
  const shown = transcript.text ?? transcript.captions;
  if (!transcript.videoId || (!shown && !transcript.summary)) return { described: null, transcript, warnings };
  let cut = false;
  let body = shown ?? '';
  const size = bytesOf(body);
  if (size > maxBytes) {
    body = cutAtParagraph(body, maxBytes);
    cut = true;
    warnings.push({
      file,
      problem: `the ${transcript.text ? 'transcript is' : 'captions are'} ${Math.round(size / 1024)} KB, more than a page can show (${Math.round(maxBytes / 1024)} KB): the page shows the first ${Math.round(bytesOf(body) / 1024)} KB and says that it is cut`,
      fix: 'check the file: a transcript this long usually holds its text twice, or a stream of many hours; shorten it, or run the transcript script again.',
    });
  }
  const captions = transcript.text && transcript.captions && bytesOf(transcript.text) < CONDENSED_SHARE * bytesOf(transcript.captions) ? transcript.captions : null;
  return {
    transcript,
    warnings,
    described: {
      captionsBody: captions && bytesOf(captions) > maxBytes ? cutAtParagraph(captions, maxBytes) : captions,
      videoId: transcript.videoId,
      file,
      title: transcript.title,
      summaryHtml: transcript.summary ? renderMarkdown(transcript.summary).html : null,
      summaryText: transcript.summary ?? null,
      chapters: transcript.chapters ?? [],
      source: transcript.text ? 'text' : 'captions',
      cut,
      body,
    },
  };
}

/** The transcript's text as its page shows it: sanitised HTML with its headings, and as plain text. */
export function renderTranscriptBody(described: Pick<TranscriptDescription, 'source'> & { body: string; captionsBody: string | null }): Pick<PublishedTranscript, 'html' | 'headings' | 'plainText' | 'captions'> {
  const rendered = described.captionsBody ? renderCaptions(described.captionsBody) : null;
  const captions = rendered && { html: rendered.html, plainText: rendered.plainText };
  if (!described.body) return { html: '', headings: [], plainText: '', captions };
  return { ...(described.source === 'text' ? renderMarkdown(described.body) : renderCaptions(described.body)), captions };
}

/** Parses a transcript file and renders what the site shows of it. Never throws: see parseTranscript. */
export function publishTranscript(text: string, file: string, maxBytes = MAX_TRANSCRIPT_BYTES): PublishResult {
  const { described, transcript, warnings } = describeTranscript(text, file, maxBytes);
  if (!described) return { published: null, transcript, warnings };
  const { body, captionsBody, ...description } = described;
  return { transcript, warnings, published: { ...description, ...renderTranscriptBody(described) } };
}

/** The text up to maxBytes, ended at the last paragraph (or line, or word) before it. */
function cutAtParagraph(text: string, maxBytes: number): string {
  // Characters are at least a byte each, so maxBytes characters is an upper bound; trim until it fits.
  let head = text.slice(0, maxBytes);
  while (bytesOf(head) > maxBytes) head = head.slice(0, Math.floor(head.length * 0.9));
  for (const boundary of ['\n\n', '\n', ' ']) {
    const at = head.lastIndexOf(boundary);
    if (at > head.length / 2) return head.slice(0, at).trimEnd();
  }
  return head;
}
