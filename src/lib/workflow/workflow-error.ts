/**
 * A problem with how a command was called or with what it found, told like a NoteError:
 * what is wrong and how to fix it, never a stack trace.
 */
export class WorkflowError extends Error {
  override name = 'WorkflowError';
  readonly problem: string;
  readonly fix: string;

  constructor(problem: string, fix: string) {
    super(`${problem}\n  Fix: ${fix}`);
    this.problem = problem;
    this.fix = fix;
  }
}
