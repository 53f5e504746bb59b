import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { NoteError } from './errors.ts';

/** What is wrong with a note's frontmatter block: its YAML, or its closing `---` is missing. */
export interface FrontmatterProblem {
  kind: 'invalid' | 'unclosed';
  error: NoteError;
}

/** A note split into its YAML frontmatter and its markdown body. */
export interface SplitNote {
  /** Frontmatter values (an empty object when there is none); with a `problem`, what could still be read. */
  data: Record<string, unknown>;
  /** Markdown after the frontmatter, with blank lines kept so that line numbers still match the file. */
  body: string;
  /** 1-based line in the file of a top-level frontmatter key, for error messages. */
  lineOfKey(key: string): number | undefined;
  /** Set when the block is not valid YAML, or is opened by `---` and never closed. */
  problem?: FrontmatterProblem;
}

// Alias expansion is capped so a "billion laughs" document fails fast instead of eating memory.
const MAX_ALIAS_COUNT = 50;
const OPENER = /^---[ \t]*$/;
const CLOSER = /^(?:---|\.\.\.)[ \t]*$/;
// A line that can belong to frontmatter: `key: value`, an indented continuation, a `- item`.
// (A YAML comment looks like the note's `# ` heading, so it does not count.)
const PROPERTY_LINE = /^(?:[A-Za-z_][\w -]*:(?:\s|$)|[ \t]+\S|- )/;

/** A frontmatter block: its YAML lines, and how much of the file it takes. */
interface Block {
  /** Lines of YAML (the lines between the opener and the closer). */
  yamlLines: string[];
  /** How many lines of the file the block takes, opener and closer included. */
  consumedLines: number;
  /** Where the text after the block starts (after the closer's line break). */
  rest: number;
  closed: boolean;
}

/** Reads the text's lines one by one from its start, only as far as the frontmatter goes (notes are long, frontmatter short). */
function findBlock(text: string): Block | undefined {
  const lines: string[] = [];
  const starts: number[] = [];
  let from = 0;
  while (from <= text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    if (lines.length === 0 && !OPENER.test(line)) return undefined;
    if (lines.length > 0 && CLOSER.test(line)) {
      return { yamlLines: lines.slice(1), consumedLines: lines.length + 1, rest: end < 0 ? text.length : end + 1, closed: true };
    }
    lines.push(line);
    starts.push(from);
    if (end < 0) break;
    from = end + 1;
  }
  // Never closed: the property lines right after the opener are what it meant.
  let last = 1;
  while (last < lines.length && PROPERTY_LINE.test(lines[last]!)) last++;
  return { yamlLines: lines.slice(1, last), consumedLines: last, rest: starts[last] ?? text.length, closed: false };
}

/**
 * The one frontmatter splitter: splits `---` frontmatter from a note and parses it as YAML. Never
 * throws: invalid YAML and a block never closed are its `problem`, and `data` still holds what could be
 * read (for an unclosed block, the property lines after the opening `---`), so that every reader can
 * tell whether the note would be published but for the problem.
 * Expects text already normalised to LF line endings without a BOM.
 */
export function readFrontmatter(text: string, file: string): SplitNote {
  if (!text.startsWith('---')) return { data: {}, body: text, lineOfKey: () => undefined };
  const block = findBlock(text);
  if (!block) return { data: {}, body: text, lineOfKey: () => undefined };
  const unclosed = block.closed ? undefined : unclosedProblem(file, block);
  // An opener with no property under it and no closer is a thematic break: the body keeps it.
  if (!block.closed && block.yamlLines.length === 0) return { data: {}, body: text, lineOfKey: () => undefined, problem: unclosed };
  const parsed = parseYaml(block.yamlLines.join('\n'), file);
  // Keep the frontmatter's lines as blank lines so markdown positions are file positions.
  const body = '\n'.repeat(block.consumedLines) + text.slice(block.rest);
  return { data: parsed.data, body, lineOfKey: parsed.lineOfKey, problem: parsed.problem ?? unclosed };
}

/**
 * The same, for a reader that stops at invalid YAML (the parser): the YAML's problem is thrown, with
 * its line; a block never closed is left in `problem`, for the parser to decide on.
 * @throws NoteError with the line of the YAML problem.
 */
export function splitFrontmatter(text: string, file: string): SplitNote {
  const split = readFrontmatter(text, file);
  if (split.problem?.kind === 'invalid') throw split.problem.error;
  return split;
}

/** A note's frontmatter block as written (`---` to the closing line and its line break), and the rest; for tools that edit notes. */
export function frontmatterBlock(text: string): { frontmatter?: string; body: string } {
  const block = findBlock(text);
  // As tools write notes: the closing line ends with a line break.
  if (!block?.closed || text[block.rest - 1] !== '\n') return { body: text };
  return { frontmatter: text.slice(0, block.rest), body: text.slice(block.rest) };
}

function parseYaml(yamlText: string, file: string): Pick<SplitNote, 'data' | 'lineOfKey' | 'problem'> {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOfKey = (key: string): number | undefined => {
    if (!isMap(doc.contents)) return undefined;
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        return lineCounter.linePos(pair.key.range[0]).line + 1;
      }
    }
    return undefined;
  };
  let data: unknown;
  let aliasProblem: NoteError | undefined;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    aliasProblem = new NoteError({ file, line: 2 }, 'the frontmatter uses too many YAML aliases (`*name`)',
      'write the values out instead of repeating them through aliases.');
    // What can be read without expanding an alias: the properties written out as plain values.
    data = plainProperties(doc);
  }
  const properties = data !== null && typeof data === 'object' && !Array.isArray(data) ? data as Record<string, unknown> : {};
  const firstError = doc.errors[0];
  if (firstError) {
    // The line in the file: the YAML starts on line 2, after the opening `---`.
    const line = lineCounter.linePos(firstError.pos[0]).line + 1;
    const error = new NoteError({ file, line },
      `the frontmatter is not valid YAML (${firstError.code.toLowerCase().replaceAll('_', ' ')})`,
      'write each property as `key: value` on its own line between the two `---` lines; quote values that contain a colon.');
    return { data: properties, lineOfKey, problem: { kind: 'invalid', error } };
  }
  if (aliasProblem) return { data: properties, lineOfKey, problem: { kind: 'invalid', error: aliasProblem } };
  if (data !== null && data !== undefined && properties !== data) {
    return { data: {}, lineOfKey, problem: { kind: 'invalid', error: new NoteError({ file, line: 2 }, 'the frontmatter is not a list of properties', 'write each property as `key: value` on its own line.') } };
  }
  return { data: properties, lineOfKey };
}

function plainProperties(doc: Document): Record<string, unknown> {
  if (!isMap(doc.contents)) return {};
  const properties: Record<string, unknown> = {};
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && isScalar(pair.value) && typeof pair.key.value === 'string') properties[pair.key.value] = pair.value.value;
  }
  return properties;
}

function unclosedProblem(file: string, block: Block): FrontmatterProblem {
  const lastProperty = block.consumedLines;
  const where = lastProperty > 1 ? `after line ${lastProperty}, the last property` : 'after the last property';
  return {
    kind: 'unclosed',
    error: new NoteError({ file, line: 1 },
      'the frontmatter opened by `---` on this line is never closed, so none of its properties (`url:`, `date:`, ...) are read',
      `add a line with only \`---\` ${where}; or, if line 1 is not meant to start properties, delete it.`),
  };
}
