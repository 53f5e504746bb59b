// The team's bracketed notes of what to add later, one of its conventions inside talking points (host-notes.ts).

// A bracketed note of what to add or fix later: "(… add YouTube card later)", "(agregar la tarjeta después)", "(TODO: link)".
const LATER_VERB = /(?<![\p{L}])(?:add|insert|link|update|fix|include|attach|put|agregar|añadir|poner|enlazar|actualizar|incluir)(?![\p{L}])/iu;
const LATER_WORD = /(?<![\p{L}])(?:later|despu[eé]s|luego|m[aá]s tarde)(?![\p{L}])/iu;
const TO_DO_NOTE = /^(?:todo|to do|tbd|pendiente)(?![\p{L}])/iu;

/**
 * Removes from a text every bracketed note of what to add later (`(… add YouTube card later)`) or
 * `(TODO …)`, with the spaces before it, and adds each to `notes`. One pass: the text between two
 * brackets is read once, however many brackets are never closed.
 */
export function removeLaterNotes(value: string, notes: string[]): string {
  let kept = '';
  let at = 0;
  for (let open = value.indexOf('(', at); open !== -1; open = value.indexOf('(', at)) {
    let close = open + 1;
    while (close < value.length && value[close] !== '(' && value[close] !== ')') close++;
    if (value[close] !== ')') {
      kept += value.slice(at, close);
      at = close;
      continue;
    }
    const inside = value.slice(open + 1, close);
    const verb = LATER_VERB.exec(inside);
    const isNote = TO_DO_NOTE.test(inside.trimStart()) || (verb !== null && LATER_WORD.test(inside.slice(verb.index + verb[0].length)));
    if (isNote) {
      kept += value.slice(at, open).trimEnd();
      notes.push(value.slice(open, close + 1));
    } else {
      kept += value.slice(at, close + 1);
    }
    at = close + 1;
  }
  return kept + value.slice(at);
}
