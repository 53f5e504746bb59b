import { fencedCodeTracker } from './code-fences.ts';

/** A Dataview field written as a line `Key:: value`. */
export interface InlineField {
  value: string;
  line: number;
}

export interface ExtractedFields {
  /** Fields by lower-case key; the first occurrence of a key wins. */
  fields: Map<string, InlineField>;
  /** The body with field lines blanked, so they are data and never text; line numbers are kept. */
  body: string;
}

const FIELD_LINE = /^\s*(?:[-*+]\s+)?([A-Za-z][\w -]{0,40}?)::[ \t]*(.*)$/;

/** Pulls whole-line Dataview fields (`Guest:: Ryan Perry`) out of a note body, skipping code blocks. */
export function extractInlineFields(body: string): ExtractedFields {
  const fields = new Map<string, InlineField>();
  const lines = body.split('\n');
  const isCode = fencedCodeTracker();
  for (const [index, line] of lines.entries()) {
    if (isCode(line)) continue;
    const match = FIELD_LINE.exec(line);
    if (!match) continue;
    const key = match[1]!.trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, { value: (match[2] ?? '').trim(), line: index + 1 });
    lines[index] = '';
  }
  return { fields, body: lines.join('\n') };
}
