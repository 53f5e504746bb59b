import type { NoteWarning } from '../notes/errors.ts';
import { normaliseNoteText } from '../notes/parse-note.ts';

// A line that can belong to frontmatter: `key: value`, an indented continuation, a `- item`.
// (A YAML comment looks like the note's `# ` heading, so it does not count.)
const PROPERTY_LINE = /^(?:[A-Za-z_][\w -]*:(?:\s|$)|[ \t]+\S|- )/;

/**
 * A note that opens frontmatter with `---` on its first line and never closes it: the parser then
 * reads no property at all, so `url:` and `date:` are silently missing and the note stays a draft.
 * Undefined for every other note.
 */
export function unclosedFrontmatter(rawText: string, file: string): NoteWarning | undefined {
  const lines = normaliseNoteText(rawText).split('\n');
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return undefined;
  if (lines.slice(1).some((line) => /^(?:---|\.\.\.)[ \t]*$/.test(line))) return undefined;
  let lastProperty = 1;
  while (lastProperty < lines.length && PROPERTY_LINE.test(lines[lastProperty]!)) lastProperty++;
  const where = lastProperty > 1 ? `after line ${lastProperty}, the last property` : 'after the last property';
  return {
    file,
    line: 1,
    problem: 'the frontmatter opened by `---` on this line is never closed, so none of its properties (`url:`, `date:`, ...) are read',
    fix: `add a line with only \`---\` ${where}; or, if line 1 is not meant to start properties, delete it.`,
  };
}
