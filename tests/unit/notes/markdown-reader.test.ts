import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { syntheticNotes } from '../../../scripts/bench/synthetic-notes.ts';
import { needsFullGfm, readers, readMarkdown } from '../../../src/lib/notes/markdown-reader.ts';

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/**
 * What a reader makes of a text: its tree, or the error it throws. Under vitest, micromark and mdast run their
 * development builds, whose assertions throw on a few texts (`- *\n[x]  a` trips one in GFM's task list items,
 * with all of GFM as with the usual part); a build runs the production ones, which give a tree.
 */
function outcome(read: (text: string) => unknown, text: string): unknown {
  try {
    return read(text);
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

function nodeTypes(tree: Nodes): Set<string> {
  const types = new Set<string>([tree.type]);
  if ('children' in tree) for (const child of tree.children) for (const type of nodeTypes(child)) types.add(type);
  return types;
}

describe('notes read without the GFM constructs their text cannot hold', () => {
  it('gives every fixture note and the bench\'s notes the tree all of GFM gives', () => {
    // Not the pathological notes, nested too deep for a recursive comparison (the limits refuse them anyway).
    const texts = [
      ...markdownFiles('tests/fixtures').filter((path) => !path.includes('pathological')).map((path) => ({ name: path, text: readFileSync(path, 'utf8') })),
      ...syntheticNotes(60).map((note) => ({ name: note.fileName, text: note.text })),
    ];
    let usual = 0;
    for (const { name, text } of texts) {
      expect(readMarkdown(text), name).toEqual(readers.fullGfm(text));
      if (needsFullGfm(text)) continue;
      usual += 1;
      expect(readers.usualGfm(text), name).toEqual(readers.fullGfm(text));
    }
    // Most notes are read the usual way, else this says little.
    expect(usual).toBeGreaterThan(texts.length / 2);
  });

  it('reads each left-out construct with all of GFM, as the characters it needs say', () => {
    const constructs: [string, string][] = [
      ['| a | b |\n| - | - |\n| 1 | 2 |', 'table'], ['a\n:-', 'table'], ['a\n-:', 'table'], ['a\n:-:', 'table'],
      ['~~gone~~', 'delete'], ['~gone~', 'delete'],
      ['Said so.[^1]\n\n[^1]: In the docs.', 'footnoteReference'], ['[^note]: A definition.', 'footnoteDefinition'],
      ['Write to team@example.org today', 'link'], ['x+y_z.w-v@example.org', 'link'],
    ];
    for (const [markdown, type] of constructs) {
      expect(needsFullGfm(markdown), markdown).toBe(true);
      expect(nodeTypes(readMarkdown(markdown)).has(type), markdown).toBe(true);
      // Without all of GFM the tree is another: each of these characters is needed, not a guess.
      expect(readers.usualGfm(markdown), markdown).not.toEqual(readers.fullGfm(markdown));
    }
  });

  it('reads the constructs both readers have: task items and www and http autolinks', () => {
    const markdown = '- [ ] Ask about www.grafana.com\n- [x] Read https://grafana.com/docs and http://x.io\n- Write to @grafana on youtube.com/@grafana';
    expect(needsFullGfm(markdown)).toBe(false);
    const tree = readMarkdown(markdown);
    expect(tree).toEqual(readers.fullGfm(markdown));
    expect(JSON.stringify(tree)).toContain('"checked":false');
    expect(JSON.stringify(tree)).toContain('"url":"http://www.grafana.com"');
  });

  it('finds the autolinks only GFM\'s transform sees, written with entities or escapes, as all of GFM does', () => {
    // micromark cannot see these addresses; the transform that finds them is left out only for a tree whose text
    // has no `http://`, `https://`, `www.` or `@` outside links.
    for (const markdown of ['Mail ryan&#64;grafana.com today', 'See www&#46;grafana.com', 'Read https&#58;//grafana.com/docs', 'Read HTTPS\\://grafana.com', 'Write to ryan\\@grafana.com', '- [ ] **Ask [Ryan](https://x.io) at ryan&#64;grafana.com**']) {
      expect(needsFullGfm(markdown), markdown).toBe(false);
      const tree = readers.usualGfm(markdown);
      expect(tree, markdown).toEqual(readers.fullGfm(markdown));
      expect(JSON.stringify(tree), markdown).toMatch(/"url":"(?:mailto:ryan@grafana\.com|http:\/\/www\.grafana\.com|https:\/\/grafana\.com(?:\/docs)?|HTTPS:\/\/grafana\.com)"/);
    }
  });

  it('fails where all of GFM fails: a development build\'s assertion in task list items (found by fast-check in CI)', () => {
    const markdown = '- *\n[x]  a';
    expect(needsFullGfm(markdown)).toBe(false);
    expect(outcome(readers.fullGfm, markdown)).toEqual({ threw: expect.any(String) });
    expect(outcome(readers.usualGfm, markdown)).toEqual(outcome(readers.fullGfm, markdown));
  });

  it('gives the tree all of GFM gives, on generated notes without those characters', () => {
    // Note-shaped lines, and the near misses of each left-out construct: colons and dashes apart, an @ after a
    // space or a slash, [ and ^ apart, entities and escapes that decode to the characters.
    const piece = fc.constantFrom(
      'a', 'Loki', 'é', '1', '0', ' ', '  ', '\t', '-', '--', '---', ':', ': -', '- :', ':', '.', ',', '!', '?', '*', '**', '_', '__', '`', '``',
      '#', '>', '<', '<br>', '</b>', '&', '&amp;', '&#64;', '&#124;', '&#126;', '&#x5E;', '\\@', '\\|', '\\~', '\\', '[', ']', '^', '[ ]', '[x]',
      '(', ')', '[a](https://grafana.com)', '[a][1]', '[1]: https://x.io', '![i](x.png)', '<https://x.io>', '<a@b.co>',
      'www.grafana.com', 'WWW.x.io', 'http://x.io/a_b', 'https://grafana.com/docs?q=1', 'mailto:', ' @mem', '/@grafana', '(@x)', '@',
      '[[Wiki link]]', '{{title}}', '<<TODO @mem>>', '00:12', '12:30 - Intro', '=', '+',
    );
    const inline = fc.array(piece, { minLength: 0, maxLength: 10 }).map((parts) => parts.join(''));
    const line = fc.oneof(
      inline,
      fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '  - ', '    - ', '\t- ', '> ', '> - ', '## ', '# ', '    '), inline).map(([start, text]) => start + text),
      fc.constantFrom('', ' ', '---', '===', '- - -', '```', '~~~~', '> ', '-', ':'),
    );
    let usual = 0;
    fc.assert(fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
      const markdown = lines.join('\n');
      if (needsFullGfm(markdown)) return;
      usual += 1;
      expect(outcome(readers.usualGfm, markdown)).toEqual(outcome(readers.fullGfm, markdown));
    }), { numRuns: 4000 });
    expect(usual).toBeGreaterThan(1000);
  });
});
