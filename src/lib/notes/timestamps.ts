import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { NoteError } from './errors.ts';
import { ownContent } from './list-items.ts';
import type { Chapter } from './episode-schema.ts';

// The shape is the episode schema's (episode-schema.ts), written once with the collection's validation.
export type { Chapter };

// `00:53:33 Title`, `12:05 - Title`, `1:02:03 – Title`, `[12:05](url) Title` (link text is read as text).
const CHAPTER_LINE = /^\(?(\d+(?::\d+){1,2})\)?(?=[\s\-–—|:]|$)\s*(?:[-–—|:]\s*)?(.*)$/;

/** Parses `HH:MM:SS`, `MM:SS` or `M:SS` into seconds; undefined when it is no time. */
export function parseTimestamp(text: string): number | undefined {
  const match = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes, seconds] = [Number(match[1] ?? 0), Number(match[2]), Number(match[3])];
  if (seconds >= 60 || (match[1] !== undefined && minutes >= 60)) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

/** `754` -> `12:34`, `3213` -> `53:33`, `3813` -> `1:03:33`: how chapter times are shown. */
export function formatTimestamp(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = Math.floor(totalSeconds % 60);
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}

const FORMAT_FIX = 'write each chapter on its own line as `HH:MM:SS Title` (or `MM:SS Title`), e.g. `00:12:05 Intro`.';

/**
 * Chapters from the blocks of a Timestamps section: each paragraph line or list item is one
 * chapter. Times must be valid and strictly increasing.
 * @throws NoteError naming the line of a malformed or out-of-order timestamp.
 */
export function parseChapters(blocks: readonly RootContent[], file: string): Chapter[] {
  const chapters: Chapter[] = [];
  let previousLine = 0;
  for (const { text, line } of chapterLines(blocks)) {
    const match = CHAPTER_LINE.exec(text);
    if (!match) {
      throw new NoteError({ file, line }, `this line in Timestamps is not a chapter: "${shorten(text)}"`, FORMAT_FIX);
    }
    const timeText = match[1] ?? '';
    const start = parseTimestamp(timeText);
    const title = (match[2] ?? '').trim();
    if (start === undefined) {
      throw new NoteError({ file, line }, `"${timeText}" is not a valid time (minutes and seconds go up to 59)`, FORMAT_FIX);
    }
    if (!title) {
      throw new NoteError({ file, line }, `the chapter at ${timeText} has no title`, FORMAT_FIX);
    }
    const previous = chapters.at(-1);
    if (previous && start <= previous.start) {
      throw new NoteError(
        { file, line },
        `the chapter at ${timeText} does not come after the one at ${formatTimestamp(previous.start)} (line ${previousLine})`,
        'list chapters in the order they happen in the video, each later than the one before.',
      );
    }
    chapters.push({ start, title });
    previousLine = line;
  }
  return chapters;
}

function* chapterLines(blocks: readonly RootContent[]): Generator<{ text: string; line: number }> {
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.children) {
        const own = ownContent(item);
        yield* linesOf(own.map((node) => toString(node)).join(' '), item.position?.start.line ?? 0);
        const nested = item.children.filter((child) => child.type === 'list');
        yield* chapterLines(nested);
      }
    } else if (block.type === 'paragraph') {
      yield* linesOf(toString(block), block.position?.start.line ?? 0);
    } else if (block.type === 'heading' || block.type === 'thematicBreak') {
      continue;
    } else {
      const text = toString(block).trim();
      if (text) yield { text, line: block.position?.start.line ?? 0 };
    }
  }
}

function* linesOf(text: string, firstLine: number): Generator<{ text: string; line: number }> {
  const lines = text.split('\n');
  for (const [offset, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (trimmed) yield { text: trimmed, line: firstLine + offset };
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
