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

/** Pulls whole-line Dataview fields (`Guest:: Ryan Perry`) out of a note body, skipping code blocks. */
export function extractInlineFields(body: string): ExtractedFields {
  const fields = new Map<string, InlineField>();
  const all: InlineField[] = [];
  const lines = body.split('\n');
  const isCode = fencedCodeTracker();
  for (const [index, line] of lines.entries()) {
    if (isCode(line)) continue;
    const match = FIELD_LINE.exec(line);
    if (!match) continue;
    const field = { key: match[1]!.trim(), value: (match[2] ?? '').trim(), line: index + 1 };
    all.push(field);
    if (!fields.has(field.key.toLowerCase())) fields.set(field.key.toLowerCase(), field);
    lines[index] = '';
  }
  return { fields, all, body: lines.join('\n') };
}
