import { uiStrings } from '../i18n/index.ts';

/** Stands for a placeholder when a dictionary's sentence is written out: the pieces between them are the site's words. */
const PLACEHOLDER = '\u0000';
/** Counts a sentence is written out with: its singular and plural words both ("1 episode", "2 episodes"). */
const COUNTS = [1, 2];

/**
 * The texts the site's own code writes around the facts it publishes, from one explicit list: the
 * words of every language's dictionary (src/lib/i18n: "Hosted by", "con", "Episodes of"), a sentence
 * with placeholders split at them. Pages, feeds and calendars write no words of their own outside the
 * dictionaries (tests/unit/i18n/words-outside-dictionaries.test.ts checks their source), so nothing is
 * kept in step by hand. They only ever serve as pieces of generated text (composedOfPublicTexts):
 * they never explain a run alone.
 */
export function siteStrings(): string[] {
  const strings = Object.values(uiStrings).flatMap((words) => dictionaryTexts(words));
  return [...new Set(strings.map((text) => text.trim()).filter((text) => /[\p{L}\p{N}]/u.test(text)))];
}

/** Every text of a dictionary: its strings, and each sentence written out with placeholders, split at them. */
function dictionaryTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return sentencePieces(value as (...args: unknown[]) => unknown);
  if (value && typeof value === 'object') return Object.values(value).flatMap((entry) => dictionaryTexts(entry));
  return [];
}

/**
 * A sentence's fixed words: written out once with every placeholder a marker, and once per count
 * (numbers choose singular or plural), then split where the arguments went.
 */
function sentencePieces(sentence: (...args: unknown[]) => unknown): string[] {
  const arity = Math.max(sentence.length, 1);
  const written = [Array(arity).fill(PLACEHOLDER), ...COUNTS.map((count) => Array(arity).fill(count))].map((args) => String(sentence(...args)));
  const argument = new RegExp(`${PLACEHOLDER}|(?<![\\p{L}\\p{N}])(?:${COUNTS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return written.flatMap((text) => text.split(argument));
}
