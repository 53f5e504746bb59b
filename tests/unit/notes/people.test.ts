// Issue 23: who was on. Guest lines as the team writes them, one fixture note per shape (written here,
// in the shapes ../shared/corpus/README.md quotes from the team's vault; none copied from it).
import { describe, expect, it } from 'vitest';
import { parseGuests } from '../../../src/lib/notes/guests.ts';
import { guestsInTitle, looksLikeName } from '../../../src/lib/notes/guest-lines.ts';
import { parseNote, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import type { ShowRule } from '../../../src/lib/notes/shows.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const GOH = 'projects/Grafana Office Hours';
const LOKI = 'projects/Loki Community Calls';
const AA = 'projects/Adobo and Avocados';
const CCG = 'projects/CafeConGrafana/Episodes';
const shows: ShowRule[] = [
  { slug: 'office-hours', name: 'Grafana Office Hours', heading: 'GOH <n> - <title>', folder: GOH, defaultHosts: ['Nicole van der Hoeven'] },
  { slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', folder: LOKI, defaultHosts: ['Nicole van der Hoeven', 'Jay Clifford'], topics: ['Loki'] },
  { slug: 'adobo-and-avocados', name: 'Adobo & Avocados', heading: 'A&A <n> - <title>', folder: AA, defaultHosts: ['Marie Cruz'], titleNamesGuest: true },
  { slug: 'cafe-con-grafana', name: 'Café con Grafana', heading: 'CCG <n> - <title>', folder: CCG, defaultHosts: ['Leandro Melendez'], language: 'es', notes: { guestFields: ['Invitado(s)'] } },
];
const options = testParserOptions({ shows, schedule: { startTime: '13:00', timeZone: 'UTC' } });
const aired = '---\nurl: https://youtube.com/live/zDrA7Ly3ovU\ndate: 2023-12-01\n---\n';
const parseAt = (path: string, text: string): ParsedNote => parseNote(text, path, options, { relativePath: path });
const officeHours = (guestLine: string) => parseAt(`${GOH}/GOH 20 - Testing.md`, `${aired}# [[GOH 20 - Testing]]\n\n${guestLine}\n\n## Talking points\n\n- A point\n`);

describe('a guest line as the team writes it', () => {
  it('keeps an organisation in parentheses, linked or not, beside the name and out of it', () => {
    const { episode } = officeHours('Guest:: Manuel de la Peña ([AtomicJar](https://www.atomicjar.com/)), Pablo Chacin (Grafana)');
    expect(episode.guests).toEqual(['Manuel de la Peña', 'Pablo Chacin']);
    expect(episode.guestAffiliations).toEqual({
      'Manuel de la Peña': { name: 'AtomicJar', url: 'https://www.atomicjar.com/' },
      'Pablo Chacin': { name: 'Grafana' },
    });
  });

  it('reads "Name from Org" as a person and their organisation', () => {
    const { episode } = officeHours('Guest:: Daniel Mangum from Golioth');
    expect(episode.guests).toEqual(['Daniel Mangum']);
    expect(episode.guestAffiliations).toEqual({ 'Daniel Mangum': { name: 'Golioth' } });
  });

  it('keeps a nickname in parentheses inside a name as part of it', () => {
    expect(officeHours('Guest:: Joseph (Joe) Elliot').episode.guests).toEqual(['Joseph (Joe) Elliot']);
  });

  it('splits people joined by "and", "&" or "+"; "y" only in a Spanish note', () => {
    expect(officeHours('Guest:: Ana Silva and Bo Chen & Cy Dahl + Di Evans').episode.guests).toEqual(['Ana Silva', 'Bo Chen', 'Cy Dahl', 'Di Evans']);
    expect(parseGuests('Nicole V. y Antonio C.', 'es').map((guest) => guest.name)).toEqual(['Nicole V.', 'Antonio C.']);
    expect(parseGuests('Nicole V. y Antonio C.', 'en').map((guest) => guest.name)).toEqual(['Nicole V. y Antonio C.']);
    const spanish = parseAt(`${CCG}/CCG 012 - 240215 - Pruebas.md`, `${aired}# CCG 012 - Pruebas\n\nInvitado(s): Nicole V. y Antonio C.\n\n## Puntos a hablar\n\n- Un punto\n`);
    expect(spanish.episode.guests).toEqual(['Nicole V.', 'Antonio C.']);
  });

  it('keeps a markdown link\'s URL as the guest\'s own link, never in the name', () => {
    const { episode } = officeHours('Guest:: [Daniel Gonzalez Lopes](https://www.linkedin.com/in/daniel-example/)');
    expect(episode.guests).toEqual(['Daniel Gonzalez Lopes']);
    expect(episode.guestLinks).toEqual({ 'Daniel Gonzalez Lopes': 'https://www.linkedin.com/in/daniel-example/' });
  });

  it('names one person once when a note spells them twice, with the accents', () => {
    expect(officeHours('Guest:: Daniel Gonzalez Lopes, Daniel González Lopes').episode.guests).toEqual(['Daniel González Lopes']);
  });

  it('says where each guest was named, and warns about a name it could not clean', () => {
    const parsed = officeHours('Guest:: Ana Silva, Bo [Chen');
    expect(parsed.guestSources).toEqual([{ name: 'Ana Silva', source: '`Guest::` line 7' }, { name: 'Bo [Chen', source: '`Guest::` line 7' }]);
    expect(parsed.warnings.map((warning) => warning.problem)).toContain('the guest "Bo [Chen" could not be read as a clean name (it holds markup)');
  });
});

describe('freehand lines before the first section (the Loki community call\'s notes)', () => {
  const loki = (lines: string) => parseAt(`${LOKI}/2024-12-05-logql.md`, `# 2024 / 12 / 05 - LogQL dos and don'ts\n\n[url](https://youtube.com/live/d61nQX-n91c)\n\n${lines}\n\n## Talking points\n\n- A point\n`);

  it('reads `<role> - <names>` as guests and `Hosts - Nicole & Jay` as the show\'s hosts, by first name', () => {
    const parsed = loki('Hosts -  Nicole & Jay\n\nLoki Helm Maintainers - Jan-Otto Kröpke, Quentin Bisson, Mike Timmerman');
    expect(parsed.episode.guests).toEqual(['Jan-Otto Kröpke', 'Quentin Bisson', 'Mike Timmerman']);
    expect(parsed.episode.hosts).toEqual(['Nicole van der Hoeven', 'Jay Clifford']);
    expect(parsed.guestSources?.[0]?.source).toBe('`Loki Helm Maintainers - …` line 7');
    // The lines are data: not withheld as text before the first section (only the video's line is).
    expect(JSON.stringify(parsed.withheld)).not.toMatch(/Maintainers|Hosts/);
  });

  it('never lists a host as a guest', () => {
    expect(loki('Loki Engineer - Cyril Tovena\n\nGuest:: Jay Clifford').episode.guests).toEqual(['Cyril Tovena']);
  });

  it('leaves a line that names no person in the withheld preamble', () => {
    const parsed = loki('Note - check with the team first\n\nTopic - Loki Helm');
    expect(parsed.episode.guests).toEqual([]);
    expect(parsed.withheld.some((item) => item.reason === 'note preamble')).toBe(true);
  });
});

describe('a show whose titles name the guest (Adobo & Avocados)', () => {
  it('takes the name after the title\'s last "with" when the note names no guest, and says so', () => {
    const parsed = parseAt(`${AA}/A&A 21 - Mental health as a superpower with Karen Todd.md`,
      `${aired}# [[Mental health as a superpower with Karen Todd]]\n\nGuest:: \n\n## Talking points\n\n- A point\n`);
    expect(parsed.episode.guests).toEqual(['Karen Todd']);
    expect(parsed.guestSources?.[0]?.source).toMatch(/^the title/);
  });

  it('prefers the guest line when there is one', () => {
    const parsed = parseAt(`${AA}/A&A 21 - Careers with Karen Todd.md`, `${aired}# [[Careers with Karen Todd]]\n\nGuest:: Karen T. Todd\n\n## Talking points\n\n- A point\n`);
    expect(parsed.episode.guests).toEqual(['Karen T. Todd']);
  });

  it('is never read that way in a show that does not declare it', () => {
    expect(officeHours('Guest:: ').episode.guests).toEqual([]);
    const faro = parseAt(`${GOH}/GOH 17 - Frontend observability with Faro.md`, `${aired}# [[GOH 17 - Frontend observability with Faro]]\n\nGuest:: \n\n## Talking points\n\n- A point\n`);
    expect(faro.episode.guests).toEqual([]);
  });

  it('reads only people\'s names in a title', () => {
    expect(guestsInTitle('Mental health as a superpower with Karen Todd').map((guest) => guest.name)).toEqual(['Karen Todd']);
    expect(guestsInTitle('Kuberneteando k6 con Jorge Turrado', 'es').map((guest) => guest.name)).toEqual(['Jorge Turrado']);
    expect(guestsInTitle('Getting started with k6')).toEqual([]);
    expect(looksLikeName('Manuel de la Peña')).toBe(true);
    expect(looksLikeName('check with the team')).toBe(false);
  });
});

describe('titles', () => {
  it('takes a heading\'s title over the file name, warning that the dates differ', () => {
    const parsed = parseAt(`${LOKI}/2025-10-29-loki-helm.md`, '# 2025 / 01 / 29 - Introduction to the Loki Helm\n\n[url](https://youtube.com/live/d61nQX-n91c)\n\n## Talking points\n\n- A point\n');
    expect(parsed.episode.title).toBe('Introduction to the Loki Helm');
    expect(parsed.episode.date).toBe('2025-10-29');
    expect(parsed.episode.titleFromFileName).toBeUndefined();
    expect(parsed.warnings.map((warning) => warning.problem).join('\n')).toContain('the date differs');
  });

  it('marks a title that is only the file name, for the video\'s transcript to replace', () => {
    const parsed = parseAt(`${LOKI}/2025-03-25-loki-cache.md`, '---\nurl: https://youtube.com/live/d61nQX-n91c\n---\n# [[2025-03-25-loki-cache]]\n\n## Talking points\n\n- A point\n');
    expect(parsed.episode.title).toBe('loki-cache');
    expect(parsed.episode.titleFromFileName).toBe(true);
    expect(officeHours('Guest:: Ana Silva').episode.titleFromFileName).toBeUndefined();
  });
});

describe('topics', () => {
  const topicOptions = testParserOptions({
    shows,
    topics: [
      { name: 'Loki', aliases: ['Grafana Loki', 'LogQL'] },
      { name: 'Faro', aliases: ['Grafana Faro'] },
      { name: 'Frontend observability', aliases: ['real user monitoring'] },
      { name: 'OpenTelemetry', aliases: ['OTel'] },
      { name: 'k6', aliases: ['load testing'] },
    ],
  });
  const topicsOf = (path: string, text: string) => parseNote(text, path, topicOptions, { relativePath: path }).episode.topics.map((topic) => topic.name);

  it('gives every episode of a show the show\'s own topics', () => {
    expect(topicsOf(`${LOKI}/2024-12-05-call.md`, '# 2024 / 12 / 05 - Questions from the community\n\n[url](https://youtube.com/live/d61nQX-n91c)\n\n## Talking points\n\n- A point\n')).toEqual(['Loki']);
  });

  it('matches names and aliases as whole words in any case, in the title and chapters, and three mentions in the talking points', () => {
    const text = `${aired}# [[GOH 17 - FRONTEND OBSERVABILITY with grafana faro]]\n\n## Talking points\n\n- otel here\n- OTel there\n- and OTEL again\n- k6 once\n- Faros and k6s are other words\n\n## Timestamps\n\n00:00:00 Intro\n00:10:00 Load testing the shop\n`;
    expect(topicsOf(`${GOH}/GOH 17 - Frontend.md`, text)).toEqual(['Frontend observability', 'Faro', 'k6', 'OpenTelemetry']);
  });
});
