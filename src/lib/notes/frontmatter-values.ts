import { NoteError } from './errors.ts';
import type { SplitNote } from './frontmatter.ts';

/** Typed reads of frontmatter properties with errors that name the property's line. */
export class FrontmatterReader {
  private readonly note: SplitNote;
  private readonly file: string;

  constructor(note: SplitNote, file: string) {
    this.note = note;
    this.file = file;
  }

  /** True when the property is present with a non-empty value. */
  has(key: string): boolean {
    const value = this.note.data[key];
    return value !== undefined && value !== null && value !== '';
  }

  line(key: string): number | undefined {
    return this.note.lineOfKey(key);
  }

  /** A text value; numbers and dates are accepted as their text. Empty is undefined. */
  text(key: string): string | undefined {
    const value = this.note.data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return value.toISOString();
    throw this.error(key, `"${key}" must be a single value, not a list`, `write it as \`${key}: value\`.`);
  }

  /** A list of texts; a single text counts as a list of one, a comma-separated text as several. */
  list(key: string): string[] | undefined {
    const value = this.note.data[key];
    if (value === undefined || value === null || value === '') return undefined;
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
    return items.map((item) => {
      if (typeof item === 'string' || typeof item === 'number') return String(item).trim();
      // `guests: [[Ryan Perry]]` unquoted is YAML for a list in a list: the wikilink Obsidian meant.
      if (Array.isArray(item) && item.length === 1 && typeof item[0] === 'string') return `[[${item[0].trim()}]]`;
      throw this.error(key, `"${key}" must be a list of names`, `write it as \`${key}: [First Name, Second Name]\`.`);
    }).filter((item) => item.length > 0);
  }

  /** A whole number such as an episode number. */
  wholeNumber(key: string): number | undefined {
    const value = this.note.data[key];
    if (value === undefined || value === null || value === '') return undefined;
    const number = typeof value === 'number' ? value : Number(String(value).trim());
    if (!Number.isInteger(number) || number < 0) {
      throw this.error(key, `"${key}" must be a whole number, got "${String(value)}"`, `write it as \`${key}: 26\`.`);
    }
    return number;
  }

  boolean(key: string): boolean {
    const value = this.note.data[key];
    return value === true || value === 'true' || value === 'yes';
  }

  error(key: string, problem: string, fix: string): NoteError {
    return new NoteError({ file: this.file, line: this.line(key) }, problem, fix);
  }
}
