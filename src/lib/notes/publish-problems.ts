import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Episode } from './episode.ts';
import { NoteError, type NoteWarning } from './errors.ts';
import { isTemplateChapterList, leftoverWithheld, lineOf } from './template-leftovers.ts';
import { parseChapters, type Chapter } from './timestamps.ts';
import type { WithheldText } from './withheld.ts';

// Problems that stop a note that would be published and are only warnings in a draft (the one rule of
// status.ts): a draft has no page yet, so it blocks nothing.

/**
 * A frontmatter never closed, or a `url:` or `date:` that says nothing readable: stops the build in a
 * note that would be published but for them (the one rule, status.ts); in a draft they are one more
 * thing `npm run check` and the build list.
 */
export function stopOrWarn(publishable: boolean, problems: { unclosed?: NoteError; video?: NoteError; date?: NoteError }, file: string, warnings: NoteWarning[]): void {
  const { unclosed } = problems;
  if (unclosed) {
    if (publishable) throw unclosed;
    warnings.push({ file, line: unclosed.line, problem: unclosed.problem, fix: unclosed.fix });
  }
  for (const [part, problem] of [['video', problems.video], ['date', problems.date]] as const) {
    if (!problem) continue;
    if (publishable) throw problem;
    warnings.push({ file, line: problem.line, problem: `${problem.problem}, so this draft has no ${part} yet`, fix: problem.fix });
  }
}

/** A title too long or too many guests (limits.ts' sizeProblem): stops a note that will be published, a warning in a draft. */
export function stopOrWarnSize(tooLarge: NoteError | undefined, status: Episode['status'], file: string, warnings: NoteWarning[]): void {
  if (tooLarge && status !== 'draft') throw tooLarge;
  if (tooLarge) warnings.push({ file, line: tooLarge.line, problem: `${tooLarge.problem} (this draft cannot be published until it is fixed)`, fix: tooLarge.fix });
}

/**
 * The chapters of the Timestamps sections. A malformed or out-of-order chapter stops a note that will
 * be published; in a draft it is a warning (the draft has no page), and the draft has no chapters yet.
 * The template's only chapter, `00:00:00 Introductions`, is withheld: the video has no chapters yet.
 */
export function readChapters(blocks: readonly RootContent[], file: string, status: Episode['status'], warnings: NoteWarning[], withheld: WithheldText[]): Chapter[] {
  let chapters: Chapter[];
  try {
    chapters = parseChapters(blocks, file);
  } catch (error) {
    if (!(error instanceof NoteError) || status !== 'draft') throw error;
    warnings.push({ file, line: error.line, problem: `${error.problem} (this draft has no chapters until it is fixed)`, fix: error.fix });
    return [];
  }
  if (!isTemplateChapterList(chapters)) return chapters;
  const leftover = leftoverWithheld('template leftover', [toString(blocks).trim()], 'Timestamps', file, lineOf(blocks));
  withheld.push(leftover.withheld);
  warnings.push({ ...leftover.warning, fix: 'add the video\'s chapters under Timestamps, or delete the line until there are some.' });
  return [];
}
