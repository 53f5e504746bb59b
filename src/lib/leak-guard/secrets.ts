import type { WithheldText } from '../notes/withheld.ts';
import { isCommonWord } from './common-words.ts';
import { sequenceFinder } from './sequence-finder.ts';
import { hashWord } from './word-hashes.ts';
import { generatedText } from './generated-text.ts';
import { normaliseWords, tokenise } from './words.ts';

/**
 * How many consecutive words of a withheld text are a leak when found together in the output. Six
 * is enough to be specific ("ask lee about the unreleased roadmap") and short enough that a leak of
 * part of a paragraph (its first sentence, a clause) is still recognised.
 */
export const SHINGLE_WORDS = 6;

/** A run of a secret's words, looked for in every output file. */
export interface WordRun {
  start: number;
  length: number;
}

/** Something a note keeps back, which must not appear in any output file. */
export interface Secret {
  /** The note it comes from, as authors know it. */
  file: string;
  episode: string;
  /** Why it was withheld, e.g. "internal section: Checklist". */
  origin: string;
  /** The withheld text, as written (for the error message). */
  text: string;
  /** Its words, normalised (normaliseWords). */
  words: string[];
  /**
   * The runs of its words that are a leak when found in an output file: every SHINGLE_WORDS
   * consecutive words that no note publishes, and whole short sentences that are distinctive.
   */
  patterns: WordRun[];
}

export interface NoteSecretsInput {
  file: string;
  episode: string;
  withheld: readonly WithheldText[];
  /**
   * The note's public material, as separate texts (TEXT_BREAK between them: notePublicText): its
   * public parts and its episode's facts. A run of words that any note publishes is not secret.
   */
  publicText: string;
}

export interface SecretOptions {
  /** Section names (the config's public and internal sections): a withheld heading is not a secret. */
  sectionNames?: readonly string[];
  /**
   * Public material that is no note's: the texts the site's configuration publishes, guests' names
   * and links, the public parts of notes that are not episodes. Each string is one text (or several,
   * with TEXT_BREAK between them); it explains a run as a note's public text does.
   */
  publicTexts?: readonly string[];
  /**
   * Texts the site's own code writes around the facts ("with", "Hosted by", "Episode"): they never
   * make a run public alone, but a run made of public texts and these, side by side, is generated text.
   */
  siteStrings?: readonly string[];
}

/**
 * The secrets of a set of notes. Every withheld paragraph is looked for as runs of SHINGLE_WORDS
 * words, so a leak of any part of it is found, not only of all of it. A text or sentence shorter
 * than that is looked for whole, if it is distinctive: two words or more, one of them a word that
 * no note publishes and that is not common English ("Update the contributions sheet" is; "Intro",
 * "After the show" and "Thank the guest" are not). A run is never secret when public material
 * explains it: it is a run of one public text (any note's public parts or facts, the site's
 * configuration), or it is made of public texts side by side, as the archive writes them ("en el
 * WOPR" ending a title, then "Café con Grafana", the show's name). Nor are the names of sections.
 */
export function collectSecrets(notes: readonly NoteSecretsInput[], options: SecretOptions = {}): Secret[] {
  const sectionNames = new Set(options.sectionNames?.map((name) => normaliseWords(name).join(' ')));
  const secrets: Secret[] = [];
  const seen = new Set<string>();
  for (const note of notes) {
    for (const item of note.withheld) {
      sectionNames.add(normaliseWords(item.section).join(' '));
      for (const text of item.texts) {
        const words = normaliseWords(text);
        const key = words.join(' ');
        if (!words.length || seen.has(key)) continue;
        seen.add(key);
        secrets.push({ file: note.file, episode: note.episode, origin: `${item.reason}: ${item.section}`, text, words, patterns: candidateRuns(text, words) });
      }
    }
  }
  // Runs that some note publishes on purpose are not secret. Found with the same linear search as
  // leaks (a substring search per secret was quadratic in the archive's size).
  const runs = secrets.flatMap((secret) => secret.patterns.map((run) => ({ secret, run })));
  const runWords = runs.map(({ secret, run }) => secret.words.slice(run.start, run.start + run.length));
  const find = sequenceFinder(runWords, SHINGLE_WORDS);
  const generated = generatedText(runWords);
  const published = new Set<number>();
  const publicWords = new Set<number>(); // by hashWord: a collision can only make a short text look public
  // One public text at a time, so the archive's public text is never held in memory at once.
  for (const text of [...notes.map((note) => note.publicText), ...(options.publicTexts ?? [])]) {
    const words = tokenise(text);
    for (const hash of words.hashes) publicWords.add(hash);
    for (const id of find(words)) published.add(id);
    generated.add(words);
  }
  for (const text of options.siteStrings ?? []) generated.add(tokenise(text));
  const composed = generated.composed();
  const kept = new Set(runs.filter(({ secret, run }, id) => {
    if (published.has(id) || composed.has(id)) return false;
    if (run.length >= SHINGLE_WORDS) return true;
    const words = secret.words.slice(run.start, run.start + run.length);
    return !sectionNames.has(words.join(' ')) && distinctive(words, publicWords);
  }).map(({ run }) => run));
  for (const secret of secrets) secret.patterns = secret.patterns.filter((run) => kept.has(run));
  return secrets.filter((secret) => secret.patterns.length > 0);
}

/**
 * The runs of a withheld text worth looking for: each window of SHINGLE_WORDS words, and each
 * sentence shorter than that (the text itself, if it is short).
 */
function candidateRuns(text: string, words: readonly string[]): WordRun[] {
  const runs: WordRun[] = [];
  for (let start = 0; start + SHINGLE_WORDS <= words.length; start += 1) runs.push({ start, length: SHINGLE_WORDS });
  // Sentence ends are punctuation, which normaliseWords drops, so the sentences' words add up to the text's.
  let start = 0;
  for (const sentence of text.split(/(?<=[.!?;:])\s+/u)) {
    const length = normaliseWords(sentence).length;
    if (length >= 2 && length < SHINGLE_WORDS) runs.push({ start, length });
    start += length;
  }
  return runs;
}

function distinctive(words: readonly string[], publicWords: ReadonlySet<number>): boolean {
  return words.length >= 2 && words.some((word) => word.length >= 4 && !publicWords.has(hashWord(word)) && !isCommonWord(word));
}
