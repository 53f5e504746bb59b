import type { NoteWarning } from '../notes/errors.ts';
import { parseTimestamp, type Chapter } from '../notes/timestamps.ts';
import { youtubeVideoId } from '../notes/youtube.ts';

/**
 * A transcript file as the team's script writes it (`transcripts/` in the vault), read into its parts.
 * Newer files: `# title`, `Published on`, `## Description`, `URL:`, `## Summary`, `## Chapters`, the
 * cleaned-up transcript (markdown with its own headings), `## Raw YouTube Transcript`. The oldest: the
 * title, a description paragraph, `Published on`, `URL:` and one `Transcript: <captions>` line.
 */
export interface Transcript {
  /** The video the transcript is of (from `URL:`): what ties it to an episode. */
  videoId: string | null;
  /** YouTube's title of the video; shown nowhere (the episode's title is), kept for messages. */
  title: string;
  /** `Published on` as written (an ISO date-time), when it is one. */
  publishedAt: string | null;
  description?: string;
  /** The generated summary, markdown. */
  summary?: string;
  /** `## Chapters` lines (`00:01:30 Title`), in order. */
  chapters?: Chapter[];
  /** The cleaned-up transcript, markdown with its headings. */
  text?: string;
  /** YouTube's captions as one text (`## Raw YouTube Transcript`, or the oldest files' `Transcript:` line). */
  captions?: string;
}

export interface ParsedTranscript {
  transcript: Transcript;
  warnings: NoteWarning[];
}

type Part = 'head' | 'description' | 'summary' | 'chapters' | 'text' | 'captions';

// The headings the script writes around the cleaned-up text; any other heading starts that text.
const PART_HEADINGS: Record<string, Part> = {
  description: 'description',
  summary: 'summary',
  chapters: 'chapters',
  'raw youtube transcript': 'captions',
};
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
// `00:01:30 Title`, `1:30 - Title`, `- 00:01:30 Title` (a list item), with the script's trailing hard-break spaces.
const CHAPTER_LINE = /^(?:[-*+]\s+|\d+\.\s+)?\[?(\d{1,2}(?::\d{2}){1,2})\]?\s*[-–—:|]?\s*(.+?)\s*$/;
const FIX_URL = 'add the line `URL: https://www.youtube.com/watch?v=<video id>` naming the episode\'s video (the transcript script writes it under the description).';

/**
 * Reads a transcript file into its parts. Never throws: a transcript is generated text, so what it
 * lacks or gets wrong is a warning (file, line, fix) and the episode page simply goes without it.
 */
export function parseTranscript(rawText: string, file: string): ParsedTranscript {
  const lines = rawText.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const warnings: NoteWarning[] = [];
  const { title, next } = readTitle(lines, file, warnings);
  const { parts, partLine, videoId, publishedAt, urlLine } = readParts(lines, next, file, warnings);
  if (urlLine === undefined) warnings.push({ file, problem: 'this transcript has no `URL:` line, so it belongs to no episode', fix: FIX_URL });
  const block = (name: Part) => {
    const text = parts[name].join('\n').trim();
    return text || undefined;
  };
  const transcript: Transcript = { videoId, title, publishedAt };
  const description = block('description') ?? block('head');
  if (description) transcript.description = description;
  const summary = block('summary');
  if (summary) transcript.summary = summary;
  const chapters = readChapters(parts.chapters, partLine.chapters ?? 0, file, warnings);
  if (chapters.length) transcript.chapters = chapters;
  const text = block('text');
  if (text) transcript.text = text;
  const captions = block('captions');
  if (captions) transcript.captions = captions;
  if (!summary && !text && !captions && videoId) {
    warnings.push({ file, problem: 'this transcript has nothing beyond its title and description (no summary, transcript or captions), so the episode gets none', fix: 'run the transcript script again for this video, or delete the file.' });
  }
  return { transcript, warnings };
}

/** The title (`# <YouTube title>`) on the first line that is not blank, and the index of the line after it. */
function readTitle(lines: readonly string[], file: string, warnings: NoteWarning[]): { title: string; next: number } {
  let index = 0;
  while (index < lines.length && !lines[index]!.trim()) index++;
  const titleMatch = HEADING.exec(lines[index] ?? '');
  if (titleMatch?.[1] === '#') return { title: titleMatch[2] ?? '', next: index + 1 };
  warnings.push({ file, line: index + 1, problem: 'this transcript does not start with its title (`# <YouTube title>`)', fix: 'keep the first line the transcript script writes, e.g. `# The Road to Loki 4.0 (Loki Community Call June 2025)`.' });
  return { title: '', next: index };
}

/** The lines of each part of the transcript from `start`, where each part begins, and the metadata lines (`URL:`, `Published on`). */
function readParts(lines: readonly string[], start: number, file: string, warnings: NoteWarning[]) {
  const parts: Record<Part, string[]> = { head: [], description: [], summary: [], chapters: [], text: [], captions: [] };
  const partLine: Partial<Record<Part, number>> = {};
  let videoId: string | null = null;
  let publishedAt: string | null = null;
  let urlLine: number | undefined;
  let part: Part = 'head';
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    const number = index + 1;
    // Once the captions start, everything to the end is captions; once the text starts, only the captions' heading ends it.
    if (part === 'captions') {
      parts.captions.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    const known = heading && heading[1] === '##' ? PART_HEADINGS[(heading[2] ?? '').toLowerCase()] : undefined;
    if (known && (part !== 'text' || known === 'captions')) {
      part = known;
      partLine[part] ??= number + 1;
      continue;
    }
    if (part !== 'text') {
      const metadata = /^(Published on|URL|Transcript):\s*(.*)$/.exec(line) ?? /^(Published on)\s+(.*)$/.exec(line);
      if (metadata) {
        const value = (metadata[2] ?? '').trim();
        if (metadata[1] === 'URL') {
          urlLine = number;
          videoId = youtubeVideoId(value) ?? null;
          if (!videoId) warnings.push({ file, line: number, problem: `"${value}" names no YouTube video, so this transcript belongs to no episode`, fix: FIX_URL });
        } else if (metadata[1] === 'Published on') {
          publishedAt = Number.isNaN(Date.parse(value)) ? null : value;
        } else {
          part = 'captions';
          partLine.captions = number;
          parts.captions.push(value);
        }
        continue;
      }
      if (heading) {
        part = 'text';
        partLine.text ??= number;
      }
    }
    parts[part].push(line);
  }
  return { parts, partLine, videoId, publishedAt, urlLine };
}

/** Chapters from the `## Chapters` lines; the script's sentences around them are not chapters. */
function readChapters(lines: readonly string[], firstLine: number, file: string, warnings: NoteWarning[]): Chapter[] {
  const chapters: Chapter[] = [];
  lines.forEach((line, offset) => {
    const match = CHAPTER_LINE.exec(line.trim());
    if (!match) return;
    const start = parseTimestamp(match[1] ?? '');
    const title = (match[2] ?? '').trim();
    if (start === undefined || !title) return;
    const previous = chapters.at(-1);
    if (previous && start <= previous.start) {
      warnings.push({ file, line: firstLine + offset, problem: `the chapter "${line.trim()}" does not come after the one before it, so it is left out`, fix: 'put the chapters in order of their times.' });
      return;
    }
    chapters.push({ start, title });
  });
  return chapters;
}
