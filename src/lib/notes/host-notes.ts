import type { Parent, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { clauseEndsAt, clauseStarts } from './clauses.ts';
import { removeLaterNotes } from './later-notes.ts';
import { cutText, matchText } from './phrasing-ranges.ts';

/**
 * The team's own conventions inside talking points, read by rules the README states:
 * - an author marker `{antonio]` (or `{antonio}`) opening a point says who wrote it: removed;
 * - a struck-through point (`~…~`, `~~…~~`) was dropped by the team: withheld;
 * - a line addressed to the hosts is withheld when it is certain, wherever it sits in a point (its
 *   start, a sentence after it, an aside in brackets, a clause after a dash): the hosts' first names
 *   then an instruction (`Jay + Nicole make sure to post blog link`); a bracketed note of what to add
 *   later (`(Check out our infrastructure video - add YouTube card later)`); a question or an
 *   instruction to someone by their handle (`Mas temas a tratar @charlyautomatiza ?`,
 *   `Revisar temas con @mem`);
 * - a line that only may be one (a reminder such as "Make sure", "Don't forget", "No olvidar"; a host's
 *   first name and "will", "should", "va a"…; any other @handle) is published, and `npm run check`
 *   lists it as "looks like a note to the hosts".
 */

/** What the conventions took out of one paragraph or heading, and what they only suspect. */
export interface HostNotes {
  /** Author markers removed, as written (`{antonio]`). */
  markers: string[];
  /** Struck-through text withheld. */
  struck: string[];
  /** Notes to the hosts withheld: the whole block's text, a sentence, or a bracketed note. */
  notes: string[];
  /** The whole block is a note to the hosts: withhold it (and the points under it). */
  wholeBlock: boolean;
  /** Not certain: the sentence or aside, for `npm run check` to list. */
  suspect?: string;
}

const AUTHOR_MARKER = /^\s*\{[\p{L}][\p{L}.'-]{0,30}[\]}]\s*/u;
// What the team writes to the hosts, in English and Spanish: "make sure", "please", "remember to",
// "asegúrense de", "no olviden", or an instruction verb (imperative, or the Spanish infinitive).
const INSTRUCTION_WORDS = [
  "make sure", 'please', 'remember', "don'?t forget", 'do not forget', 'need to', 'needs to', 'should', 'must', 'to ?do', 'todo',
  'post', 'add', 'send', 'share', 'ask', 'check', 'prepare', 'update', 'record', 'upload', 'invite', 'schedule', 'book', 'email', 'tweet', 'announce', 'review',
  'aseg[uú]r(?:ense|ate|arse)', 'por favor', 'recuerd(?:en|a)', 'recordar', 'no olvid(?:en|es|ar)', 'tienen que', 'deben',
  'publicar', 'agregar', 'a[nñ]adir', 'compartir', 'preguntar', 'revisar', 'mandar', 'enviar', 'subir', 'poner', 'avisar', 'confirmar', 'invitar', 'anunciar', 'preparar',
].join('|');
const INSTRUCTION = new RegExp(`(?:[:,\\-–—]\\s*)?(?:${INSTRUCTION_WORDS})(?![\\p{L}])`, 'iuy');
const INSTRUCTION_START = new RegExp(`(?:${INSTRUCTION_WORDS})(?![\\p{L}])`, 'iuy');
// Not certain: a reminder ("Make sure…", "Don't forget…", "No olvidar…"), or a host's name and what they
// will or should do ("Marie will also be at AutomationSTAR after").
const MAYBE = /(?:make sure|don'?t forget|do not forget|remember to|no olvid(?:ar|en|es)|recuerden|recordar)(?![\p{L}])/iuy;
const HOST_MAYBE = /\s*(?:will|should|could|can|has to|have to|needs?|might|may|is going to|to|va a|van a|debe|deber[ií]a|puede|tiene que)(?![\p{L}])/iuy;
// An @handle (not an e-mail address): someone of the team or the guest, named as in chat.
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*/u;
// Someone to do it with or ask: "con @mem", "with @alice", "cc @bob", "ask @carol".
const ASKED_WITH = /(?:\bcon|\bwith|\bcc:?|\bask|\bpreguntar a|\bpreg[uú]ntale a)\s+@/iu;

/**
 * Reads the conventions with the given hosts (their full names; their first names are what the team
 * writes): returns a function that applies them to a paragraph or heading, a point's own text. It
 * removes an author marker opening it, struck-through text, and what is certainly addressed to the
 * hosts, and says whether the whole block is a note to the hosts. The function mutates the node.
 */
export function hostNotesReader(hosts: readonly string[]): (node: Parent) => HostNotes {
  const names = [...new Set(hosts.map((name) => name.trim().split(/\s+/)[0]!).filter((name) => name.length >= 2))]
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const NAME = names.join('|');
  // "Jay + Nicole", "Nicole and Jay:", "Nicole, Jay y Leandro -": the hosts' first names opening a clause.
  const addressed = names.length ? new RegExp(`@?(?:${NAME})(?:\\s*(?:\\+|&|,|\\band\\b|\\by\\b)\\s*@?(?:${NAME}))*(?![\\p{L}])\\s*`, 'iuy') : undefined;
  return (node) => readHostNotes(node, addressed);
}

function readHostNotes(node: Parent, addressed: RegExp | undefined): HostNotes {
  const found: HostNotes = { markers: [], struck: [], notes: [], wholeBlock: false };
  const children = node.children as PhrasingContent[];
  const first = children[0];
  if (first?.type === 'text') {
    const marker = AUTHOR_MARKER.exec(first.value);
    if (marker) {
      found.markers.push(marker[0].trim());
      first.value = first.value.slice(marker[0].length);
    }
  }
  if (children.some((child) => child.type === 'delete')) {
    const kept: PhrasingContent[] = [];
    for (const child of children) {
      if (child.type === 'delete') {
        found.struck.push(toString(child).trim());
        continue;
      }
      const before = kept.at(-1);
      // One space where the struck words were, not two.
      if (child.type === 'text' && before?.type === 'text' && /\s$/.test(before.value)) kept.push({ ...child, value: child.value.trimStart() });
      else kept.push(child);
    }
    node.children = kept as Parent['children'];
  }
  for (const child of node.children as PhrasingContent[]) {
    if (child.type !== 'text' || !child.value.includes('(')) continue;
    child.value = removeLaterNotes(child.value, found.notes);
  }
  // Code is what someone typed (a chat question), never words to the hosts: matched as blanks.
  const text = matchText(node);
  if (!text.trim()) return found;
  const cuts: [number, number][] = [];
  const starts = clauseStarts(text);
  const ends = clauseEndsAt(text, starts.map((clause) => clause.start));
  for (let index = 0; index < starts.length; index++) {
    const { cutFrom, start, aside } = starts[index]!;
    if (cuts.length && start < cuts.at(-1)![1]) continue;
    // What the clause says runs to the next clause; a note to the hosts is cut to its closing bracket or its sentence's end.
    const end = aside ? ends.bracket[index]! : ends.sentence[index]!;
    const clause = text.slice(start, Math.min(end, starts[index + 1]?.cutFrom ?? text.length)).replace(/\)$/, '').trim();
    const kind = clauseKind(text, start, clause, addressed);
    if (!kind) continue;
    if (kind === 'suspect') {
      found.suspect ??= clause;
      continue;
    }
    // A point opening with words to the hosts is theirs whole, with the points under it (as the README says).
    if (start === 0) {
      found.wholeBlock = true;
      found.notes.push(text.trim());
      return found;
    }
    cuts.push([cutFrom, end]);
    found.notes.push(text.slice(aside ? cutFrom : start, end).trim());
  }
  if (cuts.length) cutText(node, cuts);
  return found;
}

/** Whether the clause at `start` (its words up to the next clause: `clause`) is certainly for the hosts, may be, or is an ordinary point. */
function clauseKind(text: string, start: number, clause: string, addressed: RegExp | undefined): 'note' | 'suspect' | undefined {
  if (addressed) {
    addressed.lastIndex = start;
    if (addressed.exec(text)) {
      INSTRUCTION.lastIndex = addressed.lastIndex;
      if (INSTRUCTION.test(text)) return 'note';
      HOST_MAYBE.lastIndex = addressed.lastIndex;
      if (HOST_MAYBE.test(text)) return 'suspect';
    }
  }
  MAYBE.lastIndex = start;
  if (MAYBE.test(text)) return 'suspect';
  if (!HANDLE.test(clause)) return undefined;
  // Someone asked by their handle ("Mas temas a tratar @charly ?") or told what to do with them ("Revisar temas con @mem").
  INSTRUCTION_START.lastIndex = start;
  if (asksByHandle(clause) || (INSTRUCTION_START.test(text) && ASKED_WITH.test(clause))) return 'note';
  return 'suspect';
}

/** A clause that ends with a handle and a question mark: `… @charly ?`, `… @charly?`. */
function asksByHandle(clause: string): boolean {
  if (!clause.endsWith('?')) return false;
  const words = clause.slice(0, -1).trimEnd();
  const last = words.slice(Math.max(words.lastIndexOf(' '), words.lastIndexOf('\t')) + 1);
  return last.startsWith('@') && last.length > 1;
}
