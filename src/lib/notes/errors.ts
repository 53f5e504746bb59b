/** Where in a note something is, for messages authors can act on. */
export interface NoteLocation {
  file: string;
  /** 1-based line in the note file, when known. */
  line?: number;
}

/**
 * A problem in a note that stops the build. It speaks the author's language:
 * the file, the line, what is wrong and how to fix it; never a stack trace.
 */
export class NoteError extends Error {
  override name = 'NoteError';
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(location: NoteLocation, problem: string, fix: string) {
    super(formatNoteProblem(location, problem, fix));
    this.file = location.file;
    this.line = location.line;
    this.problem = problem;
    this.fix = fix;
  }
}

/** A problem worth telling the author that does not stop the build. */
export interface NoteWarning {
  file: string;
  line?: number;
  problem: string;
  fix?: string;
}

/** `file:line: problem` followed by an indented fix: the format every report uses. */
export function formatNoteProblem(location: NoteLocation, problem: string, fix?: string): string {
  const where = location.line ? `${location.file}:${location.line}` : location.file;
  return fix ? `${where}: ${problem}\n  Fix: ${fix}` : `${where}: ${problem}`;
}

/**
 * A problem in a note that would not be published even without it (a draft: `draft: true`, or no video,
 * date, number or title yet): reported by `npm run check` and the build, it stops nothing.
 */
export class DraftProblem extends NoteError {
  override name = 'DraftProblem';
}
