// Where the clauses of a talking point's text start and end, for the team's notes to the hosts (host-notes.ts).

/** A clause of a point's text: where a cut of it would start, where its words start, and whether it is an aside in brackets. */
export interface ClauseStart { cutFrom: number; start: number; aside: boolean }

/**
 * Where a clause can start in a point's text: its start, after a sentence's end, after a dash between
 * spaces, and inside brackets. A sentence is cut from its first word (its full stop stays with the
 * sentence before); a dash or bracket goes with the clause.
 */
export function clauseStarts(text: string): ClauseStart[] {
  const starts: ClauseStart[] = [{ cutFrom: 0, start: 0, aside: false }];
  // One pass, character by character: a regular expression with spaces on both sides of a dash would
  // try every space of a long run of them.
  const isSpace = (index: number) => index < text.length && /\s/.test(text[index]!);
  const wordAfter = (index: number) => {
    while (isSpace(index)) index++;
    return index;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if ((char === '.' || char === '!' || char === '?' || char === ';') && isSpace(index + 1)) {
      const next = wordAfter(index + 1);
      starts.push({ cutFrom: next, start: next, aside: false });
      index = next - 1;
    } else if ((char === '-' || char === '–' || char === '—') && index > 0 && isSpace(index - 1) && isSpace(index + 1)) {
      let cutFrom = index - 1;
      while (cutFrom > 0 && isSpace(cutFrom - 1)) cutFrom--;
      const next = wordAfter(index + 1);
      starts.push({ cutFrom: Math.max(cutFrom, starts.at(-1)!.start), start: next, aside: false });
      index = next - 1;
    } else if (char === '(') {
      let cutFrom = index;
      while (cutFrom > 0 && isSpace(cutFrom - 1)) cutFrom--;
      const next = wordAfter(index + 1);
      starts.push({ cutFrom: Math.max(cutFrom, starts.at(-1)!.start), start: next, aside: true });
      index = next - 1;
    }
  }
  return starts;
}

/**
 * For each of the given offsets (in ascending order, as clauseStarts gives them), the offset just after the
 * next sentence end (`.`, `!` or `?` before a space or the end) and just after the next `)`; the text's length
 * where there is none. One pass from the end, so finding where each clause ends costs nothing however many
 * clauses a point has, and only the clauses' offsets are kept (two arrays as long as the text for every
 * talking point were most of this step's time).
 */
export function clauseEndsAt(text: string, offsets: readonly number[]): { sentence: number[]; bracket: number[] } {
  const sentence = new Array<number>(offsets.length).fill(text.length);
  const bracket = new Array<number>(offsets.length).fill(text.length);
  let nextSentence = text.length;
  let nextBracket = text.length;
  let at = offsets.length - 1;
  while (at >= 0 && offsets[at]! >= text.length) at--;
  for (let index = text.length - 1; index >= 0 && at >= 0; index--) {
    const code = text.charCodeAt(index);
    if ((code === 46 || code === 33 || code === 63) && (index + 1 === text.length || /\s/.test(text[index + 1]!))) nextSentence = index + 1;
    else if (code === 41) nextBracket = index + 1;
    while (at >= 0 && offsets[at] === index) {
      sentence[at] = nextSentence;
      bracket[at] = nextBracket;
      at--;
    }
  }
  return { sentence, bracket };
}
