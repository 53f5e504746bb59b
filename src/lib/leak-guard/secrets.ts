import { urlsInText } from '../notes/link-hosts.ts';
import type { WithheldText } from '../notes/withheld.ts';
import { findLeaks } from './find-leaks.ts';
import { normaliseWords } from './text.ts';

/** Something a note keeps back, which must not appear in any output file. */
export interface Secret {
  /** The note it comes from, as authors know it. */
  file: string;
  episode: string;
  /** Why it was withheld, e.g. "internal section: Checklist". */
  origin: string;
  /** The withheld text, as written (for the error message). */
  text: string;
  /** Its words, normalised; a leak is this word sequence appearing in an output file. */
  words: string[];
}

/** A withheld text shorter than this many words is too common to call a leak ("Intro", "Outro"). */
export const MIN_SECRET_WORDS = 3;

export interface NoteSecretsInput {
  file: string;
  episode: string;
  withheld: readonly WithheldText[];
  /** The note's public text: a sentence that is also published on purpose is not a secret. */
  publicText: string;
}

/** The secrets of a set of notes: every withheld text long enough to be recognised, minus what is public anyway. */
export function collectSecrets(notes: readonly NoteSecretsInput[]): Secret[] {
  const candidates: Secret[] = [];
  const seen = new Set<string>();
  for (const note of notes) {
    for (const item of note.withheld) {
      for (const text of item.texts) {
        const words = normaliseWords(text);
        if (words.length < MIN_SECRET_WORDS) continue;
        const key = words.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push({ file: note.file, episode: note.episode, origin: `${item.reason}: ${item.section}`, text, words });
      }
    }
  }
  // A withheld sentence that some note also publishes on purpose is not a secret. Found with the
  // same linear search as leaks (a substring search per secret was quadratic in the archive's size).
  const alsoPublic = new Set(findLeaks(notes.map((note) => ({ path: note.file, text: note.publicText })), candidates).map((leak) => leak.secret));
  return candidates.filter((secret) => !alsoPublic.has(secret));
}

/** URLs of deny-listed hosts found anywhere in notes: these must never appear in output, in any form. */
export function collectDeniedUrls(notes: readonly { file: string; episode: string; text: string }[], isDenied: (url: string) => boolean): Secret[] {
  const secrets: Secret[] = [];
  for (const note of notes) {
    for (const url of urlsInText(note.text)) {
      if (!isDenied(url)) continue;
      const host = url.replace(/^https?:\/\//, '').split(/[/?#]/)[0]!;
      secrets.push({ file: note.file, episode: note.episode, origin: 'deny-listed link', text: url, words: normaliseWords(host) });
    }
  }
  return secrets;
}
