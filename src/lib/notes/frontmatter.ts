import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { NoteError } from './errors.ts';

/** A note split into its YAML frontmatter and its markdown body. */
export interface SplitNote {
  /** Frontmatter values (an empty object when there is none). */
  data: Record<string, unknown>;
  /** Markdown after the frontmatter, with blank lines kept so that line numbers still match the file. */
  body: string;
  /** 1-based line in the file of a top-level frontmatter key, for error messages. */
  lineOfKey(key: string): number | undefined;
}

// Alias expansion is capped so a "billion laughs" document fails fast instead of eating memory.
const MAX_ALIAS_COUNT = 50;

/**
 * Splits `---` frontmatter from a note and parses it as YAML.
 * Expects text already normalised to LF line endings without a BOM.
 * @throws NoteError with the line of the YAML problem.
 */
export function splitFrontmatter(text: string, file: string): SplitNote {
  const match = /^---[ \t]*\n([\s\S]*?)\n?^(?:---|\.\.\.)[ \t]*$/m.exec(text);
  if (!text.startsWith('---') || !match || match.index !== 0) {
    return { data: {}, body: text, lineOfKey: () => undefined };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line + 1;
    throw new NoteError(
      { file, line },
      `the frontmatter is not valid YAML (${firstError.code.toLowerCase().replaceAll('_', ' ')})`,
      'write each property as `key: value` on its own line between the two `---` lines; quote values that contain a colon.',
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    throw new NoteError(
      { file, line: 2 },
      'the frontmatter uses too many YAML aliases (`*name`)',
      'write the values out instead of repeating them through aliases.',
    );
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new NoteError({ file, line: 2 }, 'the frontmatter is not a list of properties', 'write each property as `key: value` on its own line.');
  }
  const consumedLines = match[0].split('\n').length;
  // Keep the frontmatter's lines as blank lines so markdown positions are file positions.
  const body = '\n'.repeat(consumedLines) + text.slice(match[0].length + 1);
  const lineOfKey = (key: string): number | undefined => {
    if (!isMap(doc.contents)) return undefined;
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
        return lineCounter.linePos(pair.key.range[0]).line + 1;
      }
    }
    return undefined;
  };
  return { data: data as Record<string, unknown>, body, lineOfKey };
}
