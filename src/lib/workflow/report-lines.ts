import type { NoteError, NoteWarning } from '../notes/errors.ts';
import type { Style } from './cli.ts';

// How `npm run check` lays its report out in a terminal: labelled fields aligned under each other, a
// problem as `file:line  problem` and its fix, counts in words. Colours only through `style`.

const LABEL_WIDTH = 'transcript'.length;

export function formatProblem(error: NoteError, style: Style): string[] {
  const where = error.line ? `${error.file}:${error.line}` : error.file;
  return [`${style('bold', where)}  ${error.problem}`, `  Fix: ${error.fix}`];
}

/** A warning about a file other than the note it is listed under: the file and line lead. */
export function formatFileWarning(warning: NoteWarning, style: Style): string[] {
  const where = `${warning.file}${warning.line ? `:${warning.line}` : ''}`;
  return fieldLines(style('yellow', 'warning'), [`${where}: ${warning.problem}`, ...(warning.fix ? [`Fix: ${warning.fix}`] : [])], 'warning'.length);
}

export function formatWarning(warning: NoteWarning): string[] {
  const first = `${warning.line ? `line ${warning.line}: ` : ''}${warning.problem}`;
  return warning.fix ? [first, `Fix: ${warning.fix}`] : [first];
}

export function field(label: string, value: string): string {
  return `  ${label.padEnd(LABEL_WIDTH)} ${value}`;
}

// `visibleWidth` is the label's width without colour codes.
export function fieldLines(label: string, values: readonly string[], visibleWidth = label.length): string[] {
  return values.map((value, index) => {
    const shown = index === 0 ? label + ' '.repeat(Math.max(0, LABEL_WIDTH - visibleWidth)) : ' '.repeat(LABEL_WIDTH);
    return `  ${shown} ${value}`;
  });
}

export function formatInstant(iso: string): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '';
}

export function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
