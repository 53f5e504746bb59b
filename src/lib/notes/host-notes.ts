import type { Parent, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NoteWarning } from './errors.ts';
import type { WithheldText } from './withheld.ts';

/**
 * The team's own conventions inside talking points, read by rules the README states:
 * - an author marker `{antonio]` (or `{antonio}`) opening a point says who wrote it: removed;
 * - a struck-through point (`~…~`, `~~…~~`) was dropped by the team: withheld;
 * - a line addressed to the hosts is withheld when it is certain: it opens with the hosts' first names
 *   and an instruction (`Jay + Nicole make sure to post blog link`), or it is a bracketed note of what to
 *   add later (`(Check out our infrastructure video - add YouTube card later)`);
 * - a line that only may be one (it opens with "Make sure", "Don't forget", "Remember to", or with a host's
 *   first name and "will", "should", "needs to"…) is published, and `npm run check` lists it as "looks like
 *   a note to the hosts".
 */

/** What the conventions took out of one paragraph or heading, and what they only suspect. */
export interface HostNotes {
  /** Author markers removed, as written (`{antonio]`). */
  markers: string[];
  /** Struck-through text withheld. */
  struck: string[];
  /** Notes to the hosts withheld: the whole block's text, or a bracketed note. */
  notes: string[];
  /** The whole block is a note to the hosts: withhold it (and the points under it). */
  wholeBlock: boolean;
  /** Not certain: the block's text, for `npm run check` to list. */
  suspect?: string;
}

const AUTHOR_MARKER = /^\s*\{[\p{L}][\p{L}.'-]{0,30}[\]}]\s*/u;
// An instruction right after the hosts' names: "make sure", "please", "remember to", "to do", or an imperative.
const INSTRUCTION = /^(?:[:,\-–—]\s*)?(?:make sure|please|remember|don'?t forget|do not forget|need to|needs to|should|must|to ?do|todo|post|add|send|share|ask|check|prepare|update|record|upload|invite|schedule|book|email|tweet|announce)\b/i;
// A bracketed note of what to add or fix later: "(… add YouTube card later)", "(TODO: link)".
const LATER_NOTE = /\s*\((?=[^()]*\b(?:add|insert|link|update|fix|include|attach|put)\b[^()]*\blater\b)[^()]*\)|\s*\((?:todo|to do|tbd)\b[^()]*\)/gi;
// Not certain: a point opening with a reminder ("Make sure…", "Don't forget…"), or with a host's name and
// what they will or should do ("Marie will also be at AutomationSTAR after").
const MAYBE = /^(?:make sure|don'?t forget|do not forget|remember to)\b/i;
const HOST_MAYBE = /^(?:will|should|could|can|has to|have to|needs?|might|may|is going to|to)\b/i;

/**
 * Reads the conventions with the given hosts (their full names; their first names are what the team
 * writes): returns a function that applies them to a paragraph or heading, a point's own text. It
 * removes an author marker opening it, struck-through text, and a bracketed note of what to add later,
 * and says whether the whole block is a note to the hosts. The function mutates the node.
 */
export function hostNotesReader(hosts: readonly string[]): (node: Parent) => HostNotes {
  const names = [...new Set(hosts.map((name) => name.trim().split(/\s+/)[0]!).filter((name) => name.length >= 2))]
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const NAME = names.join('|');
  // "Jay + Nicole", "Nicole and Jay:", "Nicole, Jay y Leandro -": the hosts' first names opening the text.
  const addressed = names.length ? new RegExp(`^(?:${NAME})(?:\\s*(?:\\+|&|,|\\band\\b|\\by\\b)\\s*(?:${NAME}))*\\b\\s*`, 'iu') : undefined;
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
    child.value = child.value.replace(LATER_NOTE, (note) => {
      found.notes.push(note.trim());
      return '';
    });
  }
  const text = toString(node).trim();
  if (!text) return found;
  const hosts = addressed?.exec(text);
  if (hosts && INSTRUCTION.test(text.slice(hosts[0].length))) {
    found.wholeBlock = true;
    found.notes.push(text);
  } else if ((hosts && HOST_MAYBE.test(text.slice(hosts[0].length))) || MAYBE.test(text)) {
    found.suspect = text;
  }
  return found;
}

/** What `npm run check` lists for what the conventions found in one block, and what the leak guard checks. */
export function reportHostNotes(found: HostNotes, section: string, file: string, line: number): { withheld: WithheldText[]; warnings: NoteWarning[] } {
  const withheld: WithheldText[] = [];
  const warnings: NoteWarning[] = [];
  const quote = (texts: readonly string[]) => texts.map((text) => `"${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`).join(', ');
  if (found.markers.length) {
    withheld.push({ reason: 'author marker', section, line, texts: found.markers });
    warnings.push({ file, line, problem: `removed the author marker ${found.markers.join(', ')} from a point under "${section}"`, fix: 'nothing to do; delete it from the note once the point is final.' });
  }
  if (found.struck.length) {
    withheld.push({ reason: 'struck through', section, line, texts: found.struck });
    warnings.push({ file, line, problem: `withheld struck-through text under "${section}": ${quote(found.struck)}`, fix: 'nothing to do if it was dropped; remove the ~ marks to publish it.' });
  }
  if (found.notes.length) {
    withheld.push({ reason: 'note to the hosts', section, line, texts: found.notes });
    warnings.push({ file, line, problem: `withheld a note to the hosts under "${section}": ${quote(found.notes)}`, fix: 'nothing to do if it is for the hosts; rewrite it as a talking point to publish it.' });
  }
  if (found.suspect) {
    warnings.push({ file, line, problem: `looks like a note to the hosts, published under "${section}": ${quote([found.suspect])}`, fix: 'if it is for the hosts, move it to the Checklist or write it as <<…>>; if it is a talking point, nothing to do.' });
  }
  return { withheld, warnings };
}
