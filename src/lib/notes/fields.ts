import { fencedCodeTracker } from './code-fences.ts';

/** A Dataview field written as a line `Key:: value`. */
export interface InlineField {
  /** The key as written. */
  key: string;
  value: string;
  line: number;
}

export interface ExtractedFields {
  /** Fields by lower-case key; the first occurrence of a key wins. */
  fields: Map<string, InlineField>;
  /** Every field line, in order. */
  all: InlineField[];
  /** The body with field lines blanked, so they are data and never text; line numbers are kept. */
  body: string;
}

// `Key:: value` or `Key::` alone: a key of up to three words, then space or the end of the line. Not
// `crate::module` or `Rust paths like crate::module`, which are text.
const FIELD_LINE = /^\s*(?:[-*+]\s+)?([A-Za-z][\w-]{0,30}(?: [\w-]{1,30}){0,2})::(?:[ \t]+(.*))?$/;

// `[key:: value]` or `(key:: value)` inside a line (Dataview's inline fields): `::` then a space or the
// closing bracket, so `(std::io)` stays text. The value runs to the first closing bracket of its kind.
const BRACKETED_FIELD = /\[([A-Za-z][\w-]{0,30}(?: [\w-]{1,30}){0,2})::(?=[\s\]])([^\]\n]*)\]|\(([A-Za-z][\w-]{0,30}(?: [\w-]{1,30}){0,2})::(?=[\s)])([^)\n]*)\)/g;

/**
 * Pulls Dataview fields out of a note body, skipping code blocks: whole-line fields (`Guest:: Ryan Perry`)
 * and fields inside a line (`[pronounce:: …]`, `(budget:: …)`, removed from the line, outside code spans).
 */
export function extractInlineFields(body: string): ExtractedFields {
  const fields = new Map<string, InlineField>();
  const all: InlineField[] = [];
  const lines = body.split('\n');
  const isCode = fencedCodeTracker();
  for (const [index, line] of lines.entries()) {
    if (isCode(line)) continue;
    const match = FIELD_LINE.exec(line);
    if (!match) {
      if (line.includes('::')) lines[index] = takeBracketedFields(line, index + 1, fields, all);
      continue;
    }
    const field = { key: match[1]!.trim(), value: (match[2] ?? '').trim(), line: index + 1 };
    all.push(field);
    if (!fields.has(field.key.toLowerCase())) fields.set(field.key.toLowerCase(), field);
    lines[index] = '';
  }
  return { fields, all, body: lines.join('\n') };
}

/** A line without its bracketed fields, each added to the fields found; a field inside a code span stays. */
function takeBracketedFields(line: string, lineNumber: number, fields: Map<string, InlineField>, all: InlineField[]): string {
  return line.replace(BRACKETED_FIELD, (whole, squareKey: string | undefined, squareValue: string | undefined, roundKey: string | undefined, roundValue: string | undefined, offset: number) => {
    if (isInCodeSpan(line, offset)) return whole;
    const field = { key: (squareKey ?? roundKey)!.trim(), value: (squareValue ?? roundValue ?? '').trim(), line: lineNumber };
    all.push(field);
    if (!fields.has(field.key.toLowerCase())) fields.set(field.key.toLowerCase(), field);
    return '';
  });
}

/** Whether an odd number of backticks comes before the offset: it sits inside a code span. */
function isInCodeSpan(line: string, offset: number): boolean {
  let ticks = 0;
  for (let index = 0; index < offset; index++) if (line.charCodeAt(index) === 96) ticks++;
  return ticks % 2 === 1;
}
