// One indexed page checked against what the visitor typed: the words it shows, an excerpt around them,
// and its sections (a transcript's headings, an episode's chapters) that hold them.
import { foldWord, showsTypedWord, typedWordMatcher } from './typed-words.ts';

/** What Pagefind's `result.data()` gives for a page (the fields used here). */
export interface PageFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors?: { element: string; id: string; text?: string; title?: string; location: number }[];
}

export interface PageSection {
  title: string;
  url: string;
  /** HTML: the escaped words, the typed ones in <mark>. */
  excerpt: string;
}

export interface PageHit {
  url: string;
  /** The typed words (folded) the page shows. */
  found: Set<string>;
  /** The words of the page that matched, as written, for the landing page to highlight. */
  matchedWords: string[];
  /** A typed word is in the page's title, a guest's name or a topic. */
  inHeadline: boolean;
  excerpt: string;
  sections: PageSection[];
}

// Pagefind's content is words between spaces; a "word" there ("(shuffle", "Loki's") holds words of letters.
const SPACES = /[^\S\uFEFF]+/;

const EXCERPT_WORDS = 30;
/** How many words of context come before the first match in an excerpt. */
const LEAD_WORDS = 8;
// Not the show: every episode of "Grafana Office Hours" would rank first for "grafana".
const HEADLINE_FILTERS = ['guest', 'topic'];

/** The words of a page's text as it writes them ("Loki's" → "Loki", "s"); folded, they are what a typed word is checked against. */
export function* shownWords(content: string): Generator<string> {
  for (const chunk of content.split(SPACES)) yield* writtenWordsOf(chunk);
}

function writtenWordsOf(chunk: string): string[] {
  return chunk.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The texts a typed word ranks first in: the page's title, its episode's, its guests and topics. */
export function headlineTexts(fragment: PageFragment): string[] {
  return [fragment.meta.title ?? '', fragment.meta.episode ?? '', ...HEADLINE_FILTERS.flatMap((name) => fragment.filters[name] ?? [])];
}

/** The page checked against the typed words, or undefined when it shows none of them. */
export function pageHit(fragment: PageFragment, typed: readonly string[], language: string): PageHit | undefined {
  const match = typedWordMatcher(typed, language);
  const words = fragment.content.split(SPACES);
  const hits = new Map<number, string[]>();
  // The page's words as written ("Perry", "queries"), for the landing page to highlight.
  const matchedWords = new Map<string, string>();
  words.forEach((chunk, index) => {
    const shown: string[] = [];
    for (const written of writtenWordsOf(chunk)) {
      const typedWord = match(foldWord(written));
      if (!typedWord) continue;
      shown.push(typedWord);
      matchedWords.set(foldWord(written), written);
    }
    if (shown.length) hits.set(index, shown);
  });
  // Pagefind read the page for a word it does not show (another language's stem, a prefix, a lone letter).
  if (!hits.size) return undefined;
  const inHeadline = headlineTexts(fragment).some((text) => showsTypedWord(text, typed, language));
  const found = new Set([...hits.values()].flat());
  return {
    url: fragment.url,
    found,
    matchedWords: [...matchedWords.values()],
    inHeadline,
    excerpt: excerpt(words, hits, 0, words.length),
    sections: sections(fragment, words, hits),
  };
}

/** The window of words with the most typed words in it (distinct ones first), the typed ones marked. */
export function excerpt(words: readonly string[], hits: ReadonlyMap<number, string[]>, from: number, to: number): string {
  const inRange = [...hits.keys()].filter((index) => index >= from && index < to).sort((a, b) => a - b);
  let start = from;
  let best = -1;
  for (const first of inRange) {
    const windowStart = Math.max(from, Math.min(first - LEAD_WORDS, to - EXCERPT_WORDS));
    const inWindow = inRange.filter((index) => index >= windowStart && index < windowStart + EXCERPT_WORDS);
    const score = new Set(inWindow.flatMap((index) => hits.get(index) ?? [])).size * 1000 + inWindow.length;
    if (score > best) {
      best = score;
      start = windowStart;
    }
  }
  const end = Math.min(to, start + EXCERPT_WORDS);
  const shown = words.slice(start, end).map((word, offset) => (hits.has(start + offset) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)));
  return `${start > from ? '… ' : ''}${shown.join(' ').trim()}${end < to ? ' …' : ''}`;
}

/** The page's headings (with an id) whose text, up to the next heading, holds a typed word. */
function sections(fragment: PageFragment, words: readonly string[], hits: ReadonlyMap<number, string[]>): PageSection[] {
  // Every element with an id ends the section before it (an ignored heading too), but only headings with text start one.
  const anchors = (fragment.anchors ?? []).filter((anchor) => anchor.id).sort((a, b) => a.location - b.location);
  const found: PageSection[] = [];
  anchors.forEach((anchor, index) => {
    const title = (anchor.title || (/^h\d$/i.test(anchor.element) ? anchor.text : '') || '').trim();
    if (!title) return;
    const end = anchors.slice(index + 1).find((next) => next.location > anchor.location)?.location ?? words.length;
    if (![...hits.keys()].some((location) => location >= anchor.location && location < end)) return;
    found.push({
      title,
      url: `${fragment.url.replace(/#.*$/, '')}#${anchor.id}`,
      excerpt: excerpt(words, hits, anchor.location, end),
    });
  });
  return found;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
