/** A problem as reports list it: where, what, and how to fix it. */
interface Problem {
  file?: string;
  line?: number;
  problem: string;
  fix: string;
}

/** Stands for the problems of one kind left out after the first `limit`: how many, and one of them. */
export interface RepeatedProblems<T extends Problem> {
  repeated: number;
  like: T;
  /** The first few of them, as `file:line`, to start from. */
  examples: string[];
}

/**
 * The same problem in many notes (5,000 notes with one number) would print thousands of lines that say
 * one thing. Problems of one kind (the same problem once details in brackets and quotes are set aside,
 * and the same fix) are listed up to `limit` times; the rest become one entry after the last listed,
 * with their count. Order is kept otherwise.
 */
export function summariseRepeatedProblems<T extends Problem>(problems: readonly T[], limit = 10): (T | RepeatedProblems<T>)[] {
  const listed: (T | RepeatedProblems<T>)[] = [];
  const seen = new Map<string, number>();
  const summaries = new Map<string, RepeatedProblems<T>>();
  for (const problem of problems) {
    const key = kindOf(problem);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= limit) {
      listed.push(problem);
      continue;
    }
    let summary = summaries.get(key);
    if (!summary) {
      summary = { repeated: 0, like: problem, examples: [] };
      summaries.set(key, summary);
      listed.splice(lastIndexOfKind(listed, key) + 1, 0, summary);
    }
    summary.repeated += 1;
    if (summary.examples.length < 3 && problem.file) summary.examples.push(problem.line ? `${problem.file}:${problem.line}` : problem.file);
  }
  return listed;
}

export function isRepeatedProblems<T extends Problem>(entry: T | RepeatedProblems<T>): entry is RepeatedProblems<T> {
  return 'repeated' in entry && 'like' in entry;
}

/** The line that stands for the problems left out. */
export function describeRepeatedProblems(entry: RepeatedProblems<Problem>): string {
  const examples = entry.examples.length ? ` (${entry.examples.join(', ')}${entry.repeated > entry.examples.length ? ', …' : ''})` : '';
  return `… and ${entry.repeated} more with the same problem as the ten above ("${kindText(entry.like.problem)}")${examples}: the same fix applies to each.`;
}

function kindOf(problem: Problem): string {
  return `${kindText(problem.problem)}\n${problem.fix}`;
}

/** A problem's text without its details: bracketed parts (nested once) and quoted values. */
function kindText(text: string): string {
  return text.replace(/\s*\((?:[^()]|\([^()]*\))*\)/g, '').replace(/"[^"]*"/g, '"…"').trim();
}

function lastIndexOfKind<T extends Problem>(listed: readonly (T | RepeatedProblems<T>)[], key: string): number {
  for (let index = listed.length - 1; index >= 0; index -= 1) {
    const entry = listed[index]!;
    if (!isRepeatedProblems(entry) && kindOf(entry) === key) return index;
  }
  return listed.length - 1;
}
