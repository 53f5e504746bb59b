import { deniedTarget, deniedUrlsInText, hostOf, pathOf } from '../notes/link-hosts.ts';
import type { Secret } from './secrets.ts';
import { normaliseWords } from './words.ts';

/** A note's text, in which deny-listed links are looked for. */
export interface NoteText {
  file: string;
  episode: string;
  text: string;
}

const ORIGIN = 'deny-listed link';
const HOST_ORIGIN = 'deny-listed host';

/**
 * The links of deny-listed hosts written anywhere in the notes, each a secret that must never appear in
 * the output in any form. The hosts are read as the parser reads them (link-hosts.ts: redirect wrappers,
 * trailing, encoded and Unicode dots, case, ports). A link is looked for by its host and path, both as
 * written in the note and as a browser reads them (the output's URLs are read decoded: text.ts), so a
 * leak names the link that was published, not another link to the same host. Each host is also looked
 * for alone (its words, e.g. "docs google com"), in case it is published without a path the note wrote;
 * such a leak is named only when no link to that host was found in the same file (namedLeaks).
 */
export function collectDeniedUrls(notes: readonly NoteText[], patterns: readonly string[]): Secret[] {
  return deniedLinkSecrets(notes.map((note) => ({ file: note.file, episode: note.episode, deniedLinks: deniedUrlsInText(note.text, patterns) })), patterns);
}

/** A note's deny-listed links, as written in it (deniedUrlsInText): what the episodes loader records for the guard. */
export interface NoteDeniedLinks {
  file: string;
  episode: string;
  deniedLinks: readonly string[];
}

/** The same secrets, from the links already found in each note (the loader's record). */
export function deniedLinkSecrets(notes: readonly NoteDeniedLinks[], patterns: readonly string[]): Secret[] {
  const secrets: Secret[] = [];
  const seen = new Set<string>();
  const hosts = new Set<string>();
  for (const note of notes) {
    for (const written of note.deniedLinks) {
      const target = deniedTarget(written, patterns) ?? written;
      const host = hostOf(target);
      if (!host) continue;
      const asWritten = normaliseWords(target.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[?#]/)[0]!);
      const asRead = normaliseWords(`${host}${pathOf(target)}`);
      const same = asWritten.join(' ') === asRead.join(' ');
      const words = same ? asRead : [...asRead, ...asWritten];
      const key = words.join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        const patternsOf = [{ start: 0, length: asRead.length }, ...(same ? [] : [{ start: asRead.length, length: asWritten.length }])];
        secrets.push({ file: note.file, episode: note.episode, origin: ORIGIN, text: written, words, patterns: patternsOf });
      }
      if (!hosts.has(host)) {
        hosts.add(host);
        const hostWords = normaliseWords(host);
        secrets.push({ file: note.file, episode: note.episode, origin: HOST_ORIGIN, text: host, words: hostWords, patterns: [{ start: 0, length: hostWords.length }] });
      }
    }
  }
  return secrets;
}

/**
 * The leaks of one output file as they are worth naming: a deny-listed host found alone is left out when
 * a link to it was found in the same file (the link names what was published; the host is part of it).
 */
export function namedLeaks<Leak extends { secret: Secret }>(leaks: readonly Leak[]): Leak[] {
  const links = leaks.filter((leak) => leak.secret.origin === ORIGIN).map((leak) => ` ${leak.secret.words.join(' ')} `);
  if (links.length === 0) return [...leaks];
  return leaks.filter((leak) => leak.secret.origin !== HOST_ORIGIN || !links.some((words) => words.includes(` ${leak.secret.words.join(' ')} `)));
}
