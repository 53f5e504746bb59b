// A show published in Spanish (Café con Grafana): its translated template is read with the show's own
// section names, instructions, guest line and opening line, added to the site's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../../src/site.config.ts';

const options = noteParserOptions(siteConfig, new Date('2026-11-24T00:00:00Z'));
const folder = 'projects/CafeConGrafana/Episodes';
const fixture = `${folder}/CCG 007 - 240111 - Alertas sin dolor.md`;
const text = readFileSync(`tests/fixtures/archive/episodes/${fixture}`, 'utf8');
const parse = (note: string, relativePath = `${folder}/note.md`) => parseNote(note, relativePath, options, { relativePath });
const withheldTexts = (parsed: ReturnType<typeof parse>) => parsed.withheld.flatMap((item) => item.texts).join('\n');

describe('a Café con Grafana note', () => {
  const parsed = parse(text, fixture);

  it('belongs to its show, with the show\'s hosts and the guest named by the link\'s text', () => {
    expect(parsed.episode.show).toBe('cafe-con-grafana');
    expect(parsed.episode.number).toBe(7);
    expect(parsed.episode.title).toBe('Alertas sin dolor');
    expect(parsed.episode.guests).toEqual(['Lucía Fernández']);
    expect(parsed.episode.hosts).toEqual(['Leandro Melendez']);
    expect(parsed.episode.status).toBe('published');
    // Without `description:`, it is written in the show's language.
    expect(parsed.episode.description).toBe('Café con Grafana #7: Alertas sin dolor con Lucía Fernández.');
  });

  it('publishes "Puntos a hablar", "Capítulos" and "Enlaces" without the instruction or the opening line', () => {
    const points = parsed.episode.talkingPoints[0]!.points;
    expect(points.map((point) => point.html)).toEqual(['Intro', 'Introducir invitado', 'Temas a hablar', 'Cierre']);
    expect(points[0]!.children).toEqual([]);
    expect(points[2]!.children.map((point) => point.html)).toEqual([
      'Por qué las alertas despiertan a la gente a las tres de la mañana', 'Cómo agrupar notificaciones en Grafana Alerting',
    ]);
    expect(parsed.episode.chapters.map((chapter) => [chapter.start, chapter.title])).toEqual([[0, 'Bienvenida'], [195, 'Qué es una alerta ruidosa'], [1300, 'Silencios y agrupaciones']]);
    expect(parsed.episode.links).toEqual([{ title: 'Documentación de Grafana Alerting', url: 'https://grafana.com/docs/grafana/latest/alerting/' }]);
    expect(parsed.html).not.toMatch(/Bienvenidos|Listar los puntos|Somos Leandro/);
  });

  it('withholds the Spanish internal sections as expected, without warnings', () => {
    const reasons = parsed.withheld.map((item) => [item.reason, item.section]);
    expect(reasons).toEqual(expect.arrayContaining([
      ['internal section', 'Checklist'], ['internal section', '15 minutos antes'], ['internal section', 'Despues de la transmision'],
      ['template instruction', 'Puntos a hablar'], ['opening line', 'Puntos a hablar'],
    ]));
    expect(parsed.warnings).toEqual([]);
    const withheld = withheldTexts(parsed);
    for (const word of ['zanahoria', 'berenjena', 'pepinillo', 'Bienvenidos a la hora']) expect(withheld).toContain(word);
    for (const word of ['zanahoria', 'berenjena', 'pepinillo', 'En Grafana Labs, hacemos']) expect(parsed.html).not.toContain(word);
  });

  it('reads the guest line with one colon, plain or as links, and keeps `Guest::` working', () => {
    const note = (line: string) => `---\ndate: 2024-01-11\n---\n# CCG 9 - Título\n\n${line}\n\n## Puntos a hablar\n\n- Uno\n`;
    expect(parse(note('Invitado(s): Ana Gómez, Luis Pérez')).episode.guests).toEqual(['Ana Gómez', 'Luis Pérez']);
    expect(parse(note('Invitado(s): [Ana Gómez](https://example.org/a) y [Luis Pérez](https://example.org/l)')).episode.guests).toEqual(['Ana Gómez', 'Luis Pérez']);
    expect(parse(note('Guest:: Ana Gómez')).episode.guests).toEqual(['Ana Gómez']);
    // A note of a show without the label: the line is not a guest line, and stays withheld as the preamble.
    const english = parseNote('---\ndate: 2024-01-19\n---\n# GOH 40 - Title\n\nInvitado(s): Ana Gómez\n\n## Talking points\n\n- One\n', 'GOH-40.md', options);
    expect(english.episode.guests).toEqual([]);
    expect(english.withheld.map((item) => item.reason)).toContain('note preamble');
  });

  it('keeps the site-wide names: an English heading in a Spanish note is still public', () => {
    const note = parse(`---\ndate: 2024-01-11\n---\n# CCG 9 - Título\n\n## Talking points\n\n- Uno\n\n## Pre-show checklist\n\n- secreto\n`);
    expect(note.episode.talkingPoints[0]!.points.map((point) => point.html)).toEqual(['Uno']);
    expect(note.withheld.map((item) => [item.reason, item.section])).toContainEqual(['internal section', 'Pre-show checklist']);
  });

  it('does not read the Spanish section names in a note of another show', () => {
    const english = parseNote('---\ndate: 2024-01-19\n---\n# GOH 40 - Title\n\n## Puntos a hablar\n\n- Uno\n', 'GOH-40.md', options);
    expect(english.episode.talkingPoints).toEqual([]);
    expect(english.warnings.map((warning) => warning.problem)).toEqual([expect.stringContaining('"Puntos a hablar" is not published')]);
  });
});

describe('the English opening line', () => {
  it('is withheld once filled in, like the Spanish one', () => {
    const parsed = parseNote('---\ndate: 2024-01-19\n---\n# GOH 40 - Title\n\n## Talking points\n\n- Intro\n\t- *Hello and welcome to Grafana Office Hours. I\'m Nicole.*\n- Real point\n', 'GOH-40.md', options);
    expect(parsed.episode.talkingPoints[0]!.points.map((point) => point.html)).toEqual(['Intro', 'Real point']);
    expect(parsed.withheld.map((item) => item.reason)).toContain('opening line');
  });
});
