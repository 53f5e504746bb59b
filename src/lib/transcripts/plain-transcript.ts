import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/**
 * The transcript script's usual text as the HTML tree remark-rehype makes of it, read without the markdown
 * parser: headings, paragraphs of plain text, and a speaker's label in bold ending with a hard line break
 * (`**Host:**` and two spaces). Parsing 18 MB of such text with micromark was most of a cold build's
 * transcript cost, on the core that draws the posters meanwhile (docs/benchmarks.md).
 *
 * A text with anything else (a character markdown gives a meaning to, a line indented or starting as a
 * list, a quote or a fence would) gives undefined, and is left to the markdown parser: this reader only
 * takes texts whose every line it reads as CommonMark does, so the two give the same page
 * (tests/unit/transcripts/plain-transcript.test.ts compares them, on generated texts and the samples).
 */
export function plainTranscriptTree(markdown: string): Root | undefined {
  if (UNSAFE.test(markdown)) return undefined;
  const blocks: RootContent[] = [];
  let lines: string[] = [];
  const endParagraph = () => {
    if (lines.length) blocks.push(paragraphOf(lines));
    lines = [];
  };
  for (const line of markdown.split('\n')) {
    if (BLANK.test(line)) {
      endParagraph();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      endParagraph();
      blocks.push(element(`h${heading[1]!.length}`, [text(heading[2]!)]));
      continue;
    }
    if (!PARAGRAPH_LINE.test(line) || ORDERED_ITEM.test(line)) return undefined;
    lines.push(line);
  }
  endParagraph();
  // Blocks a new line apart, as remark-rehype joins them.
  return { type: 'root', children: blocks.flatMap((block, index) => (index ? [text('\n'), block] : [block])) };
}

// Characters that can start markup anywhere in a line (escapes, code, emphasis, HTML, links, entities),
// a tab (indentation), a carriage return and NUL (which the parser rewrites).
const UNSAFE = /[\\`_<>[\]&\t\r\0]/;
const BLANK = /^ *$/;
// An ATX heading whose text holds no `#` (a closing sequence) and no `*`; no indent.
const HEADING = /^(#{1,6}) +([^#* ][^#*]*?) *$/;
// A paragraph's line: it starts with none of the characters that open another block (or are an indent)
// and holds no `*` but a leading bold label; `~` opens a fence only at the start.
const PARAGRAPH_LINE = /^(?:\*\*[^*\s](?:[^*]*[^*\s])?\*\*(?: +[^*\s][^*]*)?|[^\s#>\-+*=~][^*]*) *$/;
// A line that starts an ordered list ("1. ", "2) ").
const ORDERED_ITEM = /^\d{1,9}[.)](?: |$)/;
const LABEL = /^\*\*([^*]+)\*\*/;

/**
 * A paragraph's lines as remark-rehype writes them: a soft break kept in the text (the line's trailing spaces
 * dropped), a hard one (two spaces or more) as <br> and a new line, a bold label at a line's start as <strong>.
 */
function paragraphOf(lines: readonly string[]): Element {
  const children: ElementContent[] = [];
  let pending = '';
  const flush = () => {
    if (pending) children.push(text(pending));
    pending = '';
  };
  lines.forEach((line, index) => {
    let rest = line;
    const label = LABEL.exec(line);
    if (label) {
      flush();
      children.push(element('strong', [text(label[1]!)]));
      rest = line.slice(label[0].length);
    }
    const last = index === lines.length - 1;
    pending += rest.replace(/ +$/, '');
    if (!last && / {2,}$/.test(rest)) {
      flush();
      children.push(element('br', []), text('\n'));
    } else if (!last) pending += '\n';
  });
  flush();
  return element('p', children);
}

function element(tagName: string, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: {}, children };
}

function text(value: string): Text {
  return { type: 'text', value };
}
