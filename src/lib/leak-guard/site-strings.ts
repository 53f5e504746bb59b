const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
const TEMPLATE_TEXT = />([^<>]+)</g;
const EXPRESSION = /\{[^}]*\}/;
const INTERPOLATION = /\$\{[^}]*\}/;

/**
 * The texts the site's own code writes around the facts it publishes: string literals ("Hosted by",
 * " with ", "Episode") and, in an Astro component, the text of its markup. Read roughly (a regular
 * expression, not a parser): they only ever serve as pieces of generated text (composedOfPublicTexts),
 * never explain a run alone, so a piece too many costs nothing and a component that prints a withheld
 * text is still caught.
 */
export function siteStringsOf(source: string, kind: 'astro' | 'ts'): string[] {
  const strings: string[] = [];
  for (const match of source.matchAll(STRING_LITERAL)) {
    for (const part of match[0].slice(1, -1).split(INTERPOLATION)) strings.push(part);
  }
  if (kind === 'astro') {
    const template = source.replace(/^---[^]*?\n---/, '');
    for (const match of template.matchAll(TEMPLATE_TEXT)) strings.push(...match[1]!.split(EXPRESSION));
  }
  return strings.map((text) => text.trim()).filter((text) => /[\p{L}\p{N}]/u.test(text));
}
