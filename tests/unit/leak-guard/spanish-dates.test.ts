// A Spanish page writes its dates the Spanish way ("18 de enero de 2024"): the guard's public facts come
// from the pages' own formatters in every locale the pages use, so a checklist that names the episode's
// date as the page writes it is no leak, while a withheld sentence around the same date still is.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../src/lib/archive/format.ts';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { stringsFor } from '../../../src/lib/i18n/index.ts';
import { evidenceOf } from '../../../src/lib/leak-guard/evidence-cache.ts';
import { findLeaks } from '../../../src/lib/leak-guard/find-leaks.ts';
import { collectSecrets } from '../../../src/lib/leak-guard/secrets.ts';
import { siteStrings } from '../../../src/lib/leak-guard/site-strings.ts';
import { markupText } from '../../../src/lib/leak-guard/text.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { siteConfig } from '../../../src/site.config.ts';

const relativePath = 'projects/CafeConGrafana/Episodes/CCG 012 - 240118 - Trazas sin miedo.md';
const note = `---
url: https://www.youtube.com/watch?v=Tz4aB8cD2eF
date: 2024-01-18
---
# CCG 012 - Trazas sin miedo

Invitado(s): Lucía Fernández

## Checklist

- [ ] Fecha de emisión: 18 de enero de 2024.
- [ ] Aviso en redes: jueves, 18 de enero de 2024, 13:00 UTC
- [ ] Recordar a Lucía el 18 de enero de 2024 que la migración de Quetzal sigue siendo confidencial.

## Puntos a hablar

- Qué son las trazas distribuidas y por qué dan miedo
`;

const parser = noteParserOptions(siteConfig, new Date('2026-11-24T00:00:00Z'));
const parsed = parseNote(note, relativePath, parser, { relativePath });
// As the episodes loader records the note (evidenceOf), with the site's own words (siteStrings).
const secrets = collectSecrets([{ file: relativePath, ...evidenceOf(parsed) }], { siteStrings: siteStrings() });
const found = (html: string) => findLeaks([{ path: 'episodes/cafe-con-grafana/x/index.html', text: markupText(html) }], secrets).map((leak) => leak.found);
const t = stringsFor('es');

describe('the leak guard on dates a Spanish page writes', () => {
  it('reads the note as a Spanish episode of the 18th of January 2024', () => {
    expect(parsed.episode.show).toBe('cafe-con-grafana');
    expect(parsed.episode.date).toBe('2024-01-18');
    expect(formatDate('2024-01-18', t.locale)).toBe('18 de enero de 2024');
    // The show's schedule (13:00 UTC) gives its start, which an upcoming page writes in full.
    expect(formatDateTime(parsed.episode.startsAt!, 'UTC', t.locale)).toBe('jueves, 18 de enero de 2024, 13:00 UTC');
  });

  it('passes the Spanish page\'s date and start as the page\'s formatters write them, which the checklist also holds', () => {
    expect(found(`<p lang="es"><time datetime="2024-01-18">${formatDate('2024-01-18', t.locale)}</time></p>`)).toEqual([]);
    expect(found(`<p lang="es"><time>${formatDateTime(parsed.episode.startsAt!, 'UTC', t.locale)}</time></p>`)).toEqual([]);
  });

  it('still finds the withheld sentence around the same date', () => {
    expect(found('<p lang="es">Recordar a Lucía el 18 de enero de 2024 que la migración de Quetzal sigue siendo confidencial.</p>')).not.toEqual([]);
    expect(found('<p lang="es">la migración de Quetzal sigue siendo confidencial</p>')).not.toEqual([]);
  });
});
