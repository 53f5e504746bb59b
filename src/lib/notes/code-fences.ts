// A fence may be indented when it sits in a list item; treating more lines as code only means fewer are rewritten.
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Follows fenced code blocks through a note line by line: call it with each line in order; it returns
 * true for a fence line and every line inside a fenced block, whose text is code and never markdown.
 */
export function fencedCodeTracker(): (line: string) => boolean {
  let open: string | undefined;
  return (line) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker) {
      if (!open) open = marker;
      else if (marker[0] === open[0] && marker.length >= open.length) open = undefined;
      return true;
    }
    return open !== undefined;
  };
}
