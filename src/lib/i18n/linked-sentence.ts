/** A piece of a sentence: plain text, or the text of a link and its address. */
export type SentencePart = { text: string; href?: string };

/**
 * Splits a translated sentence whose links are marked "[like this]" into text and links, the links'
 * addresses given in order: a translation can move its links where its grammar wants them.
 * @throws Error when the sentence marks another number of links than there are addresses (a bad translation).
 */
export function linkedSentence(sentence: string, hrefs: readonly string[]): SentencePart[] {
  const parts: SentencePart[] = [];
  let link = 0;
  for (const [index, piece] of sentence.split(/\[([^\]]+)\]/).entries()) {
    if (index % 2 === 0) {
      if (piece) parts.push({ text: piece });
    } else {
      const href = hrefs[link++];
      if (href === undefined) throw new Error(`"${sentence}" marks more links than the ${hrefs.length} it is given.`);
      parts.push({ text: piece, href });
    }
  }
  if (link !== hrefs.length) throw new Error(`"${sentence}" marks ${link} links, not ${hrefs.length}.`);
  return parts;
}
