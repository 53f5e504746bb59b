import { unwrapWikilink } from './wikilinks.ts';

// One person as a guest line names them: the name alone, their own link and their organisation, and how
// to tell two spellings of one name apart (guests.ts cuts a line into people).

/** Where a guest works, as a note says it: `Name (Org)`, `Name ([Org](https://…))`, `Name from Org`. */
export interface Affiliation {
  name: string;
  url?: string;
}

/** One person named by a guest line: the name alone, and what the line said beside it. */
export interface NamedGuest {
  name: string;
  /** Their own page (`[Name](https://…)`). */
  link?: string;
  affiliation?: Affiliation;
  /** Why the name may not be a clean name (markup or a URL left in it), for `npm run check`. */
  unclean?: string;
}

const WHOLE_MARKDOWN_LINK = /^\[([^\[\]]+)\]\(\s*<?([^)\s>]+)>?\s*\)$/;
const QUOTES = /^["'“”‘’]+|["'“”‘’]+$/g;

/** One person's text: the name, their own link, and the organisation written beside it. */
export function parseOneGuest(raw: string): NamedGuest | undefined {
  let text = raw.replace(/\s+/g, ' ').trim().replace(QUOTES, '').trim();
  if (!text) return undefined;
  let affiliation: Affiliation | undefined;
  // `Name (Org)` / `Name ([Org](url))`: a parenthesis that ends the text, after a name.
  const trailing = trailingParenthesis(text);
  if (trailing && !trailing.before.endsWith(']')) {
    affiliation = readAffiliation(trailing.inside);
    text = trailing.before;
  } else {
    // `Name from Org`: the first "from" outside a link.
    const from = /^(.+?)\s+(?:from|de la empresa)\s+(.+)$/i.exec(text);
    if (from && !/\]\([^)]*$/.test(from[1]!)) {
      affiliation = readAffiliation(from[2]!);
      text = from[1]!.trim();
    }
  }
  const link = WHOLE_MARKDOWN_LINK.exec(text);
  const name = cleanGuestName(text);
  if (!name) return undefined;
  const guest: NamedGuest = { name };
  if (link && /^https?:\/\//i.test(link[2]!)) guest.link = link[2]!;
  if (affiliation?.name || affiliation?.url) {
    // A bare URL in parentheses is the person's own page, not an employer.
    if (!affiliation.name && affiliation.url && !guest.link) guest.link = affiliation.url;
    else if (affiliation.name) guest.affiliation = affiliation;
  }
  const unclean = uncleanReason(name);
  if (unclean) guest.unclean = unclean;
  return guest;
}

/** The parenthesis that ends a text (nested ones inside it kept), and the text before it; found from the end, in one pass. */
function trailingParenthesis(text: string): { before: string; inside: string } | undefined {
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let index = text.length - 1; index >= 0; index -= 1) {
    if (text[index] === ')') depth += 1;
    else if (text[index] === '(' && --depth === 0) {
      const before = text.slice(0, index).trim();
      return before ? { before, inside: text.slice(index + 1, -1) } : undefined;
    }
  }
  return undefined;
}

function readAffiliation(raw: string): Affiliation | undefined {
  const text = raw.trim().replace(QUOTES, '').trim();
  if (!text) return undefined;
  const link = WHOLE_MARKDOWN_LINK.exec(text);
  if (link) {
    const url = /^https?:\/\//i.test(link[2]!) ? link[2]! : undefined;
    return { name: plain(link[1]!), ...(url ? { url } : {}) };
  }
  if (/^https?:\/\/\S+$/i.test(text)) return { name: '', url: text };
  const name = cleanGuestName(text);
  return name ? { name } : undefined;
}

function plain(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/** Why a name is not a clean person's name, or undefined when it is. */
function uncleanReason(name: string): string | undefined {
  if (/https?:\/\/|www\./i.test(name)) return 'it holds a URL';
  if (/[\[\]{}<>|*_`#@]/.test(name)) return 'it holds markup';
  if (/[()]/.test(name) && !/^[^()]+\([^()]+\)[^()]+$/.test(name)) return 'it holds an unmatched parenthesis';
  if (name.split(/\s+/).length > 6) return 'it is longer than a name';
  return undefined;
}

/** A name as written, without quotes, wikilink brackets, link syntax or stray punctuation. */
export function cleanGuestName(raw: string): string {
  let name = raw.trim();
  name = name.replace(QUOTES, '').trim();
  const link = WHOLE_MARKDOWN_LINK.exec(name);
  if (link) name = link[1]!.trim();
  if (name.startsWith('[[')) {
    const link = unwrapWikilink(name);
    // `[[People/Jane Doe]]` names Jane Doe; `[[people/jane-doe|Jane Doe]]` links a slug and shows the name.
    const page = link.target.split('/').pop() ?? link.target;
    name = link.label !== link.target && !/\s/.test(page) ? link.label : page;
  }
  return name.replace(QUOTES, '').replace(/\s+/g, ' ').replace(/^[,;:\-–—\s]+|[,;:\-–—\s]+$/g, '').trim();
}

/** The same person however the name is written: accents, case and spacing folded ("González" = "gonzalez"). */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.\s]+/g, ' ').trim();
}

/** How many accented letters a spelling has: the fuller spelling of a name has more. */
export function accentCount(name: string): number {
  return (name.normalize('NFKD').match(/[\u0300-\u036f]/g) ?? []).length;
}
