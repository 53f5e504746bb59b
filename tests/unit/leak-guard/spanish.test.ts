// The leak guard reads a Spanish page as it reads an English one: the withheld parts of a Café con
// Grafana note are found in a page that shows them, and its real public page passes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../../src/lib/leak-guard/find-leaks.ts';
import { collectSecrets } from '../../../src/lib/leak-guard/secrets.ts';
import { markupText } from '../../../src/lib/leak-guard/text.ts';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { siteConfig } from '../../../src/site.config.ts';

const relativePath = 'projects/CafeConGrafana/Episodes/CCG 007 - 240111 - Alertas sin dolor.md';
const parsed = parseNote(readFileSync(`tests/fixtures/archive/episodes/${relativePath}`, 'utf8'), relativePath,
  noteParserOptions(siteConfig, new Date('2026-11-24T00:00:00Z')), { relativePath });
const secrets = collectSecrets([{ file: relativePath, episode: parsed.episode.key, withheld: parsed.withheld, publicText: parsed.html }],
  { sectionNames: ['Puntos a hablar', 'Checklist', '15 minutos antes', 'Despues de la transmision', 'Capítulos', 'Enlaces'] });
const leaks = (html: string) => findLeaks([{ path: 'episodes/cafe-con-grafana/x/index.html', text: markupText(html) }], secrets).map((leak) => leak.secret.origin);

describe('the leak guard on a Spanish page', () => {
  it('finds a withheld Spanish checklist item, the opening line and the instruction, accents, markup and all', () => {
    expect(leaks('<html lang="es"><li>Mandar una invitacion de calendario con el enlace <em>privado</em> de ensayo zanahoria.</li></html>'))
      .toEqual(['internal section: Checklist']);
    expect(leaks('<p lang="es">Bienvenidos a la hora de echar un Cafe con Grafana. Somos Leandro y Pepe, Dev Advocates en Grafana y hoy hablaremos de alertas tranquilas.</p>'))
      .toEqual(['opening line: Puntos a hablar']);
    expect(leaks('<blockquote>Listar los puntos que se hablarán en el episodio. Mantenerse solo en puntos breves para que el episodio sea una conversacion.</blockquote>'))
      .toEqual(['template instruction: Puntos a hablar']);
  });

  it('passes the page of what the note publishes', () => {
    expect(leaks(`<html lang="es"><h2>Puntos a hablar</h2>${parsed.html}</html>`)).toEqual([]);
  });
});
