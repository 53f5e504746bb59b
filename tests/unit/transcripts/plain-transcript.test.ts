import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticNotes } from '../../../scripts/bench/synthetic-notes.ts';
import { plainTranscriptTree } from '../../../src/lib/transcripts/plain-transcript.ts';
import { describeTranscript } from '../../../src/lib/transcripts/publish-transcript.ts';
import { renderMarkdown } from '../../../src/lib/transcripts/render-transcript.ts';

/** The page's text read through the markdown parser, as every text was before plainTranscriptTree. */
const throughParser = (markdown: string) => renderMarkdown(markdown, () => undefined);

/** The text a transcript's page shows (its cleaned-up text), as the build renders it. */
function bodyOf(text: string, file: string): string {
  const described = describeTranscript(text, file).described;
  if (!described || described.source !== 'text') throw new Error(`${file} has no cleaned-up text`);
  return described.body;
}

describe('the transcript script\'s usual text, read without the markdown parser', () => {
  it('gives the page the parser gives, and is how the bench\'s transcripts are read', () => {
    const transcripts = syntheticNotes(120).flatMap((note) => (note.transcript ? [note.transcript] : []));
    expect(transcripts.length).toBeGreaterThan(20);
    for (const { fileName, text } of transcripts) {
      const body = bodyOf(text, fileName);
      expect(plainTranscriptTree(body), fileName).toBeDefined();
      expect(renderMarkdown(body), fileName).toEqual(throughParser(body));
    }
  });

  it('gives the page the parser gives for the sample transcripts, read either way', () => {
    const folder = 'tests/fixtures/archive/transcripts';
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.md'))) {
      const described = describeTranscript(readFileSync(join(folder, file), 'utf8'), file).described;
      if (described?.source !== 'text') continue;
      expect(renderMarkdown(described.body), file).toEqual(throughParser(described.body));
    }
  });

  it('reads only what it reads as the parser does: on generated texts, either the same page or no reading', () => {
    const character = fc.constantFrom('a', 'B', 'é', ' ', '  ', ':', '.', ',', '!', '?', '"', '\'', '1', '0', '-', '+', '=', '#', '*', '**', '_', '~', '>', '<', '&', '[', ']', '`', '\\', '|', '\u00a0', '\t', '(', ')');
    const words = fc.array(character, { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));
    // Bold labels and what follows them, where the parser's rules on what may close emphasis decide.
    const labelPart = fc.array(fc.constantFrom('a', 'B', ':', '"', '.', ' ', '¿'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
    const line = fc.oneof(
      fc.tuple(labelPart, labelPart).map(([label, text]) => `**${label}**${text}`),
      fc.tuple(fc.integer({ min: 1, max: 7 }), words, fc.constantFrom('', ' ', '  ')).map(([depth, text, end]) => `${'#'.repeat(depth)} ${text}${end}`),
      fc.tuple(words, words, fc.constantFrom('', ' ', '  ', '   ')).map(([label, text, end]) => `**${label}**${text}${end}`),
      fc.tuple(words, fc.constantFrom('', ' ', '  ', '   ')).map(([text, end]) => `${text}${end}`),
      fc.constantFrom('', ' ', 'We talked about it.', 'Plain words', '**Host:**  ', '**Guest:**', '1. first', '2) second', '---', '===', '> quote', '- item'),
    );
    let read = 0;
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      const markdown = lines.join('\n');
      if (!plainTranscriptTree(markdown)) return;
      read += 1;
      expect(renderMarkdown(markdown)).toEqual(throughParser(markdown));
    }), { numRuns: 3000 });
    // The property says something only if many of the generated texts were read this way.
    expect(read).toBeGreaterThan(300);
  });

  it('leaves to the parser a text with anything else in it', () => {
    for (const markdown of ['- an item', '1. a list', '> a quote', 'a `code` span', 'snake_case', 'with **bold** inside', 'Title\n===', 'x\n---',
      '    indented', '~~~', 'a <b>tag</b>', 'AT&amp;T', '[a link](https://example.org)', '#no space', '## C# rocks', '**Host:**Hello']) {
      expect(plainTranscriptTree(markdown), markdown).toBeUndefined();
    }
  });
});
