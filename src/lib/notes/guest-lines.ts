import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { foldName, type NamedGuest } from './guest-name.ts';
import { parseGuests } from './guests.ts';

/** A guest, and the line of the note that names them (for `npm run check`). */
export interface SourcedGuest {
  guest: NamedGuest;
  /** Where the note names them: "`Invitado(s):` line 9", "`Loki Engineer - …` line 7". */
  source: string;
}

/** The guest and host lines found before the first section, and that part without them. */
export interface GuestLines {
  guests: SourcedGuest[];
  /** Hosts named by a freehand `Hosts - Nicole & Jay` line, matched to the show's hosts by first name. */
  hosts?: { names: string[]; source: string };
  /** The blocks before the first section, without the paragraphs that were only guest or host lines. */
  rest: RootContent[];
}

export interface GuestLineOptions {
  /** Labels of a one-colon guest line (`Invitado(s)`). */
  labels: readonly string[];
  /** The note's language, for the word that joins two names (`y`). */
  language?: string;
  /** The show's hosts, whom a `Hosts - Nicole & Jay` line names by first name. */
  hosts: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// `Loki Engineer - Cyril Tovena`, `Loki Helm Maintainers - Jan-Otto Kröpke, …`: a role of a few words, a dash, names.
const FREEHAND_LINE = /^\s*(\p{Lu}[\p{L}'’]*(?:[ \t]+[\p{L}'’]+){0,4})[ \t]+[-–—][ \t]+(\S.*)$/u;
const HOST_ROLE = /^(?:hosts?|hosted by|co-?hosts?|anfitri[oó]n(?:es|a|as)?|presentador(?:es|a|as)?)$/i;
// Freehand lines whose label says they are not about people.
const NOT_PEOPLE = /^(?:topics?|titles?|date|time|video|links?|stream|agenda|notes?|status|location|tags?|url|slides?|tema|fecha|hora)$/i;
// Words that may start lower-case inside a name: "Manuel de la Peña", "Nicole van der Hoeven".
const NAME_PARTICLES = new Set(['de', 'la', 'del', 'las', 'los', 'van', 'der', 'den', 'von', 'da', 'das', 'do', 'dos', 'di', 'du', 'le', 'bin', 'al', 'el', 'y', 'ten', 'ter', 'zu']);

/**
 * Whether a text reads as a person's name: a few words, each capitalised (particles such as "de" or
 * "van" aside), no digits or markup. Freehand lines and titles name guests only through names like this.
 */
export function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (/[\d\[\]{}<>|*_`#@:/\\]/.test(name)) return false;
  return words.every((word) => NAME_PARTICLES.has(word.toLowerCase()) || /^[("“]?\p{Lu}/u.test(word));
}

/**
 * Reads the lines before the first section that say who is on the show:
 * - a translated template's guest line, written with one colon: `Invitado(s): Carlos Gauto` or
 *   `Invitado(s): [Carlos Gauto](https://www.linkedin.com/in/…)` (the link's text; several links are
 *   several guests; plain text is read like `Guest::`);
 * - a freehand line `<role> - <names>` (`Loki Engineer - Cyril Tovena`), whose names are guests when
 *   each reads as a person's name; `Hosts - Nicole & Jay` names the hosts instead, each matched to the
 *   show's hosts by first name.
 * A paragraph that holds only such lines is data, as a `Guest::` line is, and leaves the preamble.
 */
export function takeGuestLines(preamble: readonly RootContent[], options: GuestLineOptions): GuestLines {
  const labelled = options.labels.length
    ? new RegExp(`^\\s*(${options.labels.map(escapeRegExp).join('|')})\\s*:(?!:)\\s*(.*)$`, 'i')
    : undefined;
  const guests: SourcedGuest[] = [];
  let hosts: GuestLines['hosts'];
  const rest: RootContent[] = [];
  for (const block of preamble) {
    const lines = block.type === 'paragraph' ? toString(block).split('\n') : [];
    const firstLine = block.position?.start.line ?? 0;
    const read = lines.map((text, index) => readLine(text, firstLine + index, labelled, options));
    if (lines.length === 0 || read.some((line) => line === undefined)) {
      rest.push(block);
      continue;
    }
    const links = linkTexts(block as Paragraph);
    for (const line of read) {
      if (!line) continue;
      if (line.kind === 'hosts') {
        hosts = { names: line.guests.map((guest) => guest.name), source: line.source };
        continue;
      }
      // One labelled line of links names its guests by their links, whatever joins them ("y", "and", ",").
      const named = line.kind === 'labelled' && lines.length === 1 && links.length > 0 ? links : line.guests;
      for (const guest of named) guests.push({ guest, source: line.source });
    }
  }
  return { guests, ...(hosts ? { hosts } : {}), rest };
}

interface ReadLine {
  kind: 'labelled' | 'freehand' | 'hosts';
  guests: NamedGuest[];
  source: string;
}

function readLine(text: string, line: number, labelled: RegExp | undefined, options: GuestLineOptions): ReadLine | undefined {
  const label = labelled?.exec(text);
  if (label) return { kind: 'labelled', guests: parseGuests(label[2] ?? '', options.language), source: `\`${label[1]}:\` line ${line}` };
  const freehand = FREEHAND_LINE.exec(text);
  if (!freehand) return undefined;
  const role = freehand[1]!.trim();
  if (NOT_PEOPLE.test(role)) return undefined;
  const people = parseGuests(freehand[2]!, options.language);
  if (people.length === 0 || !people.every((person) => looksLikeName(person.name))) return undefined;
  const source = `\`${role} - …\` line ${line}`;
  if (HOST_ROLE.test(role)) return { kind: 'hosts', guests: people.map((person) => ({ ...person, name: matchHost(person.name, options.hosts) })), source };
  return { kind: 'freehand', guests: people, source };
}

/** "Nicole" is the show's "Nicole van der Hoeven": a host named by first name is the configured host. */
export function matchHost(name: string, hosts: readonly string[]): string {
  const folded = foldName(name);
  const exact = hosts.find((host) => foldName(host) === folded);
  if (exact) return exact;
  if (/\s/.test(folded)) return name;
  const byFirstName = hosts.filter((host) => foldName(host).split(' ')[0] === folded);
  return byFirstName.length === 1 ? byFirstName[0]! : name;
}

function linkTexts(paragraph: Paragraph): NamedGuest[] {
  return paragraph.children.flatMap((child) => {
    if (child.type !== 'link') return [];
    const name = toString(child).trim();
    return name ? [{ name, ...(/^https?:\/\//i.test(child.url) ? { link: child.url } : {}) }] : [];
  });
}

// "… with <guest>": a show's titles that name the guest, in the show's language (English's always counts).
const WITH_BY_LANGUAGE: Record<string, readonly string[]> = { en: ['with'], es: ['con'] };

/**
 * The guests a title names after its last "with" (`Mental health as a superpower with Karen Todd`;
 * `… con <invitado>` in Spanish), for a show that declares its titles are written so. Only names that
 * read as people's names count: "Frontend observability with Faro" names no one.
 */
export function guestsInTitle(title: string, language?: string): NamedGuest[] {
  const base = (language ?? 'en').split('-')[0]!.toLowerCase();
  const words = [...new Set([...(WITH_BY_LANGUAGE.en ?? []), ...(WITH_BY_LANGUAGE[base] ?? [])])].join('|');
  const match = new RegExp(`^.*\\s(?:${words})\\s+(.+)$`, 'iu').exec(title.trim());
  if (!match) return [];
  // A title's parenthesis is no employer: `… with Rafaela Azevedo (A&A #2)`.
  const people = parseGuests(match[1]!.replace(/\s*\([^()]*\)\s*$/, ''), language).map(({ name, link }) => ({ name, ...(link ? { link } : {}) }));
  return people.length > 0 && people.every((person) => looksLikeName(person.name)) ? people : [];
}
