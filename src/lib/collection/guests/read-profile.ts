import { extname } from 'node:path';
import { isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { z } from 'astro/zod';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { NoteError } from '../../notes/errors.ts';
import { rasterFormatOf } from './avatar-format.ts';
import { AVATAR_EXTENSIONS, guestProfileSchema, PROFILE_FIELDS, type GuestProfileData } from './profile-schema.ts';

export interface ReadProfileOptions {
  /** Whether a file exists at a path relative to the profile's folder (for `avatar:`). */
  avatarExists: (relativePath: string) => boolean;
  /** The first bytes of a file at a path relative to the profile's folder, to tell a photo from an SVG named `.png`. */
  avatarBytes?: (relativePath: string) => Uint8Array | undefined;
}

export type ReadProfile =
  | { ok: true; profile: GuestProfileData; data: Record<string, unknown> }
  | { ok: false; errors: NoteError[] };

const MAX_ALIAS_COUNT = 50;
const GENERIC_YAML_FIX = 'write each property as `key: value` at the start of its own line (list items indented under their key), and put a value that contains ": " or "#" in quotes.';

/**
 * Reads and validates one guest profile with the build's schema. Returns the profile, and the
 * data to hand to Astro (empty properties left out, as if absent); or every problem, each with
 * the file, line, what is wrong and how to fix it. Never throws for a bad profile.
 */
export function readGuestProfile(text: string, file: string, options: ReadProfileOptions): ReadProfile {
  const markdown = /\.md$/i.test(file) ? splitMarkdownProfile(text.replace(/^\uFEFF/, ''), file) : undefined;
  if (markdown instanceof NoteError) return { ok: false, errors: [markdown] };
  const yamlText = markdown ? markdown.yaml : text.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) return { ok: false, errors: [yamlProblem(yamlError, yamlText, file, lineCounter)] };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return { ok: false, errors: [new NoteError({ file, line: 1 }, 'the profile repeats values through too many YAML aliases (`*name`)', 'write the values out instead.')] };
  }
  if (value === null || value === undefined) value = {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [new NoteError({ file, line: 1 }, 'the profile is not a list of `key: value` properties', `start it with ${PROFILE_FIELDS.name}, then one property per line.`)] };
  }
  const data = withoutEmptyProperties(value as Record<string, unknown>);
  // In a markdown profile the text under the properties is the bio, unless `bio:` gives one.
  if (markdown?.bio && data.bio === undefined) data.bio = markdown.bio;
  const parsed = guestProfileSchema(avatarField(options)).safeParse(data);
  if (parsed.success) return { ok: true, profile: parsed.data, data };
  const line = (path: readonly PropertyKey[]) => lineOfPath(doc, lineCounter, path);
  return { ok: false, errors: parsed.error.issues.map((issue) => schemaProblem(issue, valueAt(data, issue.path), file, line(issue.path))) };
}

/**
 * A profile written as a note (`<slug>.md`): the properties between `---` lines, then the bio as text.
 * The YAML keeps its place in the file (the opening `---` as an empty line), so problems point at file lines.
 */
function splitMarkdownProfile(text: string, file: string): { yaml: string; bio: string } | NoteError {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
  if (!/^---[ \t]*$/.test(lines[0] ?? '') || close < 0) {
    return new NoteError({ file, line: 1 }, 'a markdown profile starts with its properties between two `---` lines',
      'begin the file with `---`, then `name: ...` and the other properties, then `---`; the bio can follow as text.');
  }
  const bio = plainParagraphs(lines.slice(close + 1).join('\n'));
  return { yaml: ['', ...lines.slice(1, close)].join('\n'), bio };
}

/** Markdown as plain text: paragraphs joined by a space, formatting and links reduced to their words. */
function plainParagraphs(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown);
  return tree.children.map((node) => toString(node).replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ');
}

// What the build does with `avatar:` is Astro's business; here the file has to be there, and a photo:
// Astro copies an SVG as it is, and an SVG opened by its address runs its script on the site's origin.
function avatarField({ avatarExists, avatarBytes }: ReadProfileOptions) {
  return () => z.string().trim().superRefine((path, context) => {
    const fail = (message: string) => context.addIssue({ code: 'custom', message });
    const extension = extname(path).slice(1).toLowerCase();
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) fail(`is a web address ("${path}"); the site shows only photos it keeps itself`);
    else if (path.startsWith('/') || path.startsWith('~')) fail(`is an absolute path ("${path}")`);
    else if (extension === 'svg' || extension === 'svgz') fail(`"${path}" is an SVG: it can hold script, which would run on the site when the file is opened, so avatars are photos only (convert it to PNG or JPEG)`);
    else if (!(AVATAR_EXTENSIONS as readonly string[]).includes(extension)) fail(`"${path}" is not an image file`);
    else if (!avatarExists(path)) fail(`names "${path}", which is not there`);
    else {
      const bytes = avatarBytes?.(path);
      if (bytes && !rasterFormatOf(bytes)) fail(`"${path}" is not a photo: its bytes are not JPEG, PNG, WebP, AVIF, GIF or TIFF, whatever its name says (an SVG or a web page would run script on the site)`);
    }
  });
}

/** `role:` left empty means no role, as in the team's template; only set values are validated. */
function withoutEmptyProperties(data: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.entries(data).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries(kept.map(([key, value]) => [key, Array.isArray(value)
    ? value.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? withoutEmptyProperties(item as Record<string, unknown>) : item))
    : value]));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined), data);
}

function schemaProblem(issue: z.core.$ZodIssue, input: unknown, file: string, line: number): NoteError {
  const key = issue.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('');
  const field = issue.path.filter((part) => typeof part === 'string').join('.') as keyof typeof PROFILE_FIELDS;
  const help = PROFILE_FIELDS[field];
  let what: string;
  if (issue.code === 'invalid_type') {
    what = input === undefined ? 'is missing' : `should be ${describeType(issue.expected)}, not ${describeValue(input)}`;
  } else {
    what = issue.message;
  }
  return new NoteError({ file, line }, `\`${key || 'the profile'}\` ${what}`, help ? `\`${key}\` is ${help}.` : GENERIC_YAML_FIX);
}

function describeType(expected: string): string {
  return expected === 'string' ? 'text' : expected === 'array' ? 'a list (lines starting with "- ")' : expected === 'object' ? '`key: value` properties' : expected;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a group of properties';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true/false' : 'this'} (${String(value)})`;
}

function yamlProblem(error: YAMLError, text: string, file: string, lines: LineCounter): NoteError {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const opened = unclosedQuote(text);
    if (opened) {
      return new NoteError({ file, line: lines.linePos(opened.offset).line }, `the ${opened.quote} quote opened on this line is never closed`,
        `end the value with ${opened.quote} on the same line, or remove the opening ${opened.quote}.`);
    }
  }
  const line = lines.linePos(error.pos[0]).line;
  if (error.code === 'DUPLICATE_KEY') return new NoteError({ file, line }, 'this property is given twice', 'keep one of the two lines.');
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    return new NoteError({ file, line }, 'this line is not `key: value` as YAML reads it: its value contains ": ", or it is indented more than the lines around it',
      'put the value in quotes (`bio: "Works at: Grafana Labs"`), or indent the line like its neighbours.');
  }
  const message = error.message.replace(/\.$/, '');
  return new NoteError({ file, line }, `the profile is not valid YAML (${message.charAt(0).toLowerCase()}${message.slice(1)})`, GENERIC_YAML_FIX);
}

// yaml reports an unclosed quote where the file ends; the author needs the line where it opened.
function unclosedQuote(text: string): { offset: number; quote: string } | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const quote = token[0];
    if ((quote === '"' || quote === '\'') && (token.trimEnd().length < 2 || !token.trimEnd().endsWith(quote))) return { offset, quote };
    offset += token.length;
  }
  return undefined;
}

/** The line of the property at `path` (or of the nearest part of it that is there); 1 when none is. */
function lineOfPath(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) line = lines.linePos(pair.key.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (!range) break;
      line = lines.linePos(range[0]).line;
    } else {
      break;
    }
  }
  return line;
}
