import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';
import { growthFactor } from '../../support/growth.ts';

describe('the team\'s conventions in talking points (tests/fixtures/hostile/episodes/GOH-62.md)', () => {
  const file = 'tests/fixtures/hostile/episodes/GOH-62.md';
  const note = parseNote(readFileSync(file, 'utf8'), file, testParserOptions());
  const problems = note.warnings.map((warning) => warning.problem);
  const withheldBy = (reason: string) => note.withheld.filter((item) => item.reason === reason).flatMap((item) => item.texts);

  it('removes an author marker and keeps the point, and lists the marker', () => {
    expect(note.html).toContain('<li>Cuentanos de tu experiencia con Grafana</li>');
    expect(note.html).not.toContain('antonio');
    expect(withheldBy('author marker')).toEqual(['{antonio]']);
    expect(problems).toContain('removed the author marker {antonio] from a point under "Talking points"');
  });

  it('withholds struck-through points (with what is under them) and struck-through words, and lists them', () => {
    for (const struck of ['Muestranos', 'abandoned angle', 'bloom filters']) expect(note.html, struck).not.toContain(struck);
    expect(note.html).toContain('We will cover structured metadata');
    expect(withheldBy('struck through')).toEqual(expect.arrayContaining(['Muestranos que se logra?', 'An abandoned angle on sharding', 'A sub-point of the abandoned angle', 'bloom filters and']));
    expect(problems.filter((problem) => problem.startsWith('withheld struck-through text'))).toHaveLength(3);
  });

  it('withholds lines addressed to the hosts by the README\'s rules: their names then an instruction, a note of what to add later', () => {
    for (const note_ of ['post blog link', 'giveaway codes', 'YouTube card', 'Check out our infrastructure video']) expect(note.html, note_).not.toContain(note_);
    expect(note.html).toContain('<li>How we run Loki at scale</li>');
    expect(withheldBy('note to the hosts').slice(0, 3)).toEqual(['Jay + Nicole make sure to post blog link', 'Nicole and Jay: remember the giveaway codes', '(Check out our infrastructure video - add YouTube card later)']);
  });

  it('withholds words to the hosts anywhere in a point: a sentence after it, an aside in brackets, a clause after a dash, in Spanish too', () => {
    for (const point of ['Loki at scale, with a demo.', 'Retention settings and compaction', 'Sharding explained', 'Que es Loki para ti?']) {
      expect(note.html, point).toContain(`<li>${point}</li>`);
    }
    for (const words of ['demo repo', 'retention docs link', 'shuffle sharding', 'tarjeta de YouTube']) expect(note.html, words).not.toContain(words);
    expect(withheldBy('note to the hosts')).toEqual(expect.arrayContaining([
      'Jay + Nicole make sure to share the demo repo', '(Nicole: add the retention docs link)', 'Jay, please ask about the shuffle sharding numbers',
      '(Nicole y Jay: agregar la tarjeta de YouTube después)',
    ]));
    expect(problems).toContain('withheld a note to the hosts under "Talking points": "(Nicole: add the retention docs link)"');
  });

  it('withholds a question or an instruction to someone by their handle, as the team writes them in Spanish', () => {
    for (const words of ['charlyautomatiza', 'Revisar temas']) expect(note.html, words).not.toContain(words);
    expect(withheldBy('note to the hosts')).toEqual(expect.arrayContaining(['Mas temas a tratar @charlyautomatiza ?', 'Revisar temas con @mem']));
  });

  it('keeps a host named mid-point, and a handle in code (a question from the chat), as ordinary text', () => {
    expect(note.html).toContain('<li>Kubernetes basics - Nicole walks through the manifests (with Jay\'s help)</li>');
    expect(note.html).toContain('<code>@HerveNicol: is there a Helm chart?</code>');
    expect(problems.filter((problem) => /HerveNicol|Kubernetes basics/.test(problem))).toEqual([]);
  });

  it('publishes what only may be a note to the hosts, and lists it as "looks like a note to the hosts"; a host named in a point is no such note', () => {
    for (const point of ['Nicole walks through the new query editor', 'Nicole will bring the demo laptop', 'Don\'t forget to try the new Explore Logs app', 'Jaywalking through traces is a public point', 'Last public point']) {
      expect(note.html, point).toContain(point);
    }
    const suspects = problems.filter((problem) => problem.startsWith('looks like a note to the hosts'));
    expect(suspects).toEqual([
      'looks like a note to the hosts, published under "Talking points": "Nicole will bring the demo laptop"',
      'looks like a note to the hosts, published under "Talking points": "Don\'t forget to try the new Explore Logs app"',
      'looks like a note to the hosts, published under "Talking points": "Don\'t forget the cost calculator"',
      'looks like a note to the hosts, published under "Talking points": "Follow the project as @grafana on Bluesky"',
    ]);
    // A reminder after a point is listed, and published with it.
    expect(note.html).toContain('<li>Storage costs on object storage. Don\'t forget the cost calculator</li>');
  });
});

describe('reading notes to the hosts anywhere in a point stays linear', () => {
  const head = '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-01-01\nhosts: [Nicole van der Hoeven]\n---\n# [[GOH 1 - Title]]\n\n## Talking points\n\n';
  // Shapes that would make the clause scan try every clause against the rest of the point: dashes and
  // brackets never closed, handles, host names with no instruction, long runs of spaces, and no full stop.
  const shapes: Record<string, (count: number) => string> = {
    'dashes and handles': (count) => `- a${' - @x Nicole'.repeat(count)}\n`,
    'brackets never closed': (count) => `- a${' (Nicole y'.repeat(count)}\n`,
    'runs of spaces': (count) => `- a${' '.repeat(count * 10)}b -${' '.repeat(count * 10)}( c\n`,
    'one long handle question': (count) => `- ${'@'.repeat(count * 10)} ?\n`,
  };
  for (const [shape, point] of Object.entries(shapes)) {
    it(`on ${shape}`, () => {
      const [small, large] = [`${head}${point(2_000)}`, `${head}${point(8_000)}`];
      const factor = growthFactor(() => parseNote(small, 'linear.md', testParserOptions()), () => parseNote(large, 'linear.md', testParserOptions()));
      // 4 times the input: linear work is about 4 times as much; quadratic would be 16 times.
      expect(factor).toBeLessThan(10);
    });
  }
});
