import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

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
    expect(withheldBy('note to the hosts')).toEqual(['Jay + Nicole make sure to post blog link', 'Nicole and Jay: remember the giveaway codes', '(Check out our infrastructure video - add YouTube card later)']);
  });

  it('publishes what only may be a note to the hosts, and lists it as "looks like a note to the hosts"; a host named in a point is no such note', () => {
    for (const point of ['Nicole walks through the new query editor', 'Nicole will bring the demo laptop', 'Don\'t forget to try the new Explore Logs app', 'Jaywalking through traces is a public point', 'Last public point']) {
      expect(note.html, point).toContain(point);
    }
    const suspects = problems.filter((problem) => problem.startsWith('looks like a note to the hosts'));
    expect(suspects).toEqual([
      'looks like a note to the hosts, published under "Talking points": "Nicole will bring the demo laptop"',
      'looks like a note to the hosts, published under "Talking points": "Don\'t forget to try the new Explore Logs app"',
    ]);
  });
});
