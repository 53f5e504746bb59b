// Which words of a page are the words a visitor typed. Pagefind's index answers with candidates: word
// stems (Snowball's, which fold "Perry" and "perros" together once one index is searched with another
// language's stems), prefixes of longer words and lone letters. A result is shown only when its page
// holds a typed word itself or one of that word's inflections in the page's own language ("perro"
// finds "perros" on a Spanish page, "queries" finds "query" on an English one).

/** Lower case, accents dropped: "Perró" and "perro" are one word. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The letters-and-digits runs of a text, folded ("(shuffle sharding)." → "shuffle", "sharding"). */
export function wordsOf(text: string): string[] {
  return foldWord(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The distinct words of what the visitor typed, folded. */
export function typedWords(term: string): string[] {
  return [...new Set(wordsOf(term))];
}

// Inflections only (plural, gender, -ing/-ed), not Snowball's derivations: "sharding" and "shards" share
// "shard", "general" and "generous" share nothing.
const STEMMERS: Record<string, (word: string) => string> = {
  en: englishInflectionStem,
  es: spanishInflectionStem,
};

/** The word without its inflection in `language` (the word itself for a language without rules here). */
export function inflectionStem(word: string, language: string): string {
  const stem = STEMMERS[language.toLowerCase().split('-')[0] ?? ''];
  return stem ? stem(word) : word;
}

function englishInflectionStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word;
  if (/ie[sd]$/.test(stem) && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (/(ss|us|is)$/.test(stem)) return stem;
  else if (/(sh|ch|x|z|ss)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s')) stem = stem.slice(0, -1);
  else if (stem.endsWith('ing') && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length > 5) stem = stem.slice(0, -2);
  // "scale", "scaled", "scaling" → "scal"; "shipped" → "ship".
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  if (/([bdfgklmnprtz])\1$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}

function spanishInflectionStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word;
  // "canciones" → "cancion", "perros" → "perro", then the gender vowel: "perro", "perra" → "perr".
  if (/[^aeiou]es$/.test(stem) && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith('s')) stem = stem.slice(0, -1);
  if (/[aoe]$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}

/**
 * Matches a page's words against the typed words, in the page's language. `match(word)` is the typed
 * word (folded) that the page's word shows, or undefined.
 */
export function typedWordMatcher(typed: readonly string[], language: string): (word: string) => string | undefined {
  const byStem = new Map<string, string>();
  for (const word of typed) byStem.set(inflectionStem(word, language), word);
  const exact = new Set(typed);
  return (word) => {
    if (exact.has(word)) return word;
    return byStem.get(inflectionStem(word, language));
  };
}

/** True when `text` (a title, a guest's name) shows one of the typed words. */
export function showsTypedWord(text: string, typed: readonly string[], language: string): boolean {
  const match = typedWordMatcher(typed, language);
  return wordsOf(text).some((word) => match(word) !== undefined);
}
