import { describe, expect, it } from 'vitest';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { evidenceOf, nonEpisodeEvidence, type NoteEvidence } from '../../../src/lib/leak-guard/evidence-cache.ts';
import { findLeaks } from '../../../src/lib/leak-guard/find-leaks.ts';
import { growthFactor } from '../../support/growth.ts';
import { generatedText } from '../../../src/lib/leak-guard/generated-text.ts';
import { configTexts, dateForms, videoUrls } from '../../../src/lib/leak-guard/public-material.ts';
import { collectSecrets } from '../../../src/lib/leak-guard/secrets.ts';
import { siteStrings } from '../../../src/lib/leak-guard/site-strings.ts';
import { jsonText, markupText } from '../../../src/lib/leak-guard/text.ts';
import { traceSources } from '../../../src/lib/leak-guard/trace-sources.ts';
import { normaliseWords, TEXT_BREAK, tokenise } from '../../../src/lib/leak-guard/words.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { siteConfig } from '../../../src/site.config.ts';

const options = noteParserOptions(siteConfig, new Date('2026-11-24T00:00:00Z'));
const sectionNames = [...Object.values(options.publicSections).flat(), ...options.internalSections];

/** Evidence of notes as the loader leaves it (parsed with the archive's own config), by their path in the vault. */
function evidence(notes: Record<string, string>): (NoteEvidence & { file: string })[] {
  return Object.entries(notes).map(([file, text]) => ({ file, ...evidenceOf(parseNote(text, file, options, { relativePath: file })) }));
}

/** What the guard finds in an output text (as markupText reads HTML), given the notes' evidence: the runs found. */
function guard(notes: readonly (NoteEvidence & { file: string })[], siteStrings: string[] = []) {
  const secrets = collectSecrets(notes, { sectionNames, publicTexts: configTexts(siteConfig), siteStrings });
  return (html: string) => findLeaks([{ path: 'out.html', text: markupText(html) }], secrets).map((leak) => leak.found);
}

// A Café con Grafana note shaped as the team writes them: its checklist names the episode's title
// with the show's name, and holds its video's link.
const CCG = {
  'projects/CafeConGrafana/Episodes/CCG 009 - 240201 - Pruebas de carga.md': `---
url: https://www.youtube.com/watch?v=Kx7pQ2mN9aB
date: 2024-02-01
---
# CCG 009 - Pruebas de carga en la nube

## Checklist

- [x] Agendar transmisión en Streamyard.
	- [x] Incluir en el titulo el numero de episodio, Ejemplo: \`(Spanish) Pruebas de carga en la nube (Café con Grafana #009)\`.
- [x] Obtener el link de Youtube del show. Agregarlo a esta pagina en la URL del inicio.
https://www.youtube.com/watch?v=Kx7pQ2mN9aB
- [x] Pedirle a Ana su foto antes del jueves, sin falta.

## Puntos a hablar

- Que es una prueba de carga?
`,
};

describe('public material: what explains a run of withheld words', () => {
  it('(1) the episode\'s own facts: its video link and its title beside its show name', () => {
    const find = guard(evidence(CCG));
    expect(find('<p><a href="https://www.youtube.com/watch?v=Kx7pQ2mN9aB">Watch on YouTube</a></p>')).toEqual([]);
    // Title, then show name, then number: as a page title or a feed might write them, in one text.
    expect(find('<title>Pruebas de carga en la nube (Café con Grafana #009)</title>')).toEqual([]);
    // What the checklist says beyond the facts is still a leak.
    expect(find('<p>Obtener el link de Youtube del show.</p>')).toEqual(['obtener el link de youtube del']);
    expect(find('<p>Pedirle a Ana su foto antes del jueves</p>')).toEqual(['pedirle a ana su foto antes']);
  });

  it('(1) a video\'s link and an episode\'s date in every form the archive writes them', () => {
    expect(videoUrls('Kx7pQ2mN9aB')).toEqual(expect.arrayContaining([
      'https://www.youtube.com/watch?v=Kx7pQ2mN9aB', 'https://youtu.be/Kx7pQ2mN9aB', 'https://www.youtube-nocookie.com/embed/Kx7pQ2mN9aB',
    ]));
    // As words, which is how the guard compares them (a comma more or less makes no difference).
    expect(dateForms('2023-12-07', '2023-12-07T14:00:00.000Z').map((form) => normaliseWords(form).join(' '))).toEqual(expect.arrayContaining([
      '2023 12 07', '7 december 2023', 'december 7 2023', 'thu 07 dec 2023 14 00 00 gmt', 'thursday 7 december 2023 at 14 00 utc', '20231207t140000z',
    ]));
  });

  it('(2) text another note publishes: a link in a draft\'s checklist, an aired title in an index note', () => {
    const notes = evidence({
      'projects/Grafana Office Hours/GOH 41 - Dashboards from scratch.md': `---
url: https://youtube.com/live/Hd4sT8vB2nQ
date: 2024-03-08
---
# [[GOH 41 - Dashboards from scratch]]

Guest:: Priya Raman

## Talking points

- Lisa's video on *Dashboards from scratch*: https://youtu.be/Qw3rT5yU7iO
`,
      'projects/CafeConGrafana/Episodes/CCG 010 - 240215 - Tableros.md': `---
url:
date: 2024-02-15
---
# CCG 010 - Tableros desde cero

## Checklist

- [ ] Compartir el video de Lisa: Lisa's video on Dashboards from scratch: https://youtu.be/Qw3rT5yU7iO
- [ ] Reservar el estudio de Streamyard para el ensayo privado
`,
    });
    const indexNote = { file: 'projects/Grafana Office Hours/Readme.md', ...nonEpisodeEvidence('', [{
      reason: 'section not on the allow-list', section: 'Future guest suggestions', line: 3,
      texts: ['GOH 41 - Dashboards from scratch with Priya Raman', 'Ask Priya about the unannounced dashboards roadmap'],
    }]) };
    const find = guard([...notes, indexNote], siteStrings());
    // GOH 41's page: its talking point (emphasis splits nothing), and the search index's text of its header.
    expect(find('<li>Lisa\'s video on <em>Dashboards from scratch</em>: <a href="https://youtu.be/Qw3rT5yU7iO">https://youtu.be/Qw3rT5yU7iO</a></li>')).toEqual([]);
    expect(find('<p>#41 Dashboards from scratch. with Priya Raman.</p>')).toEqual([]);
    expect(find('<p>Reservar el estudio de Streamyard para el ensayo</p>')).toEqual(['reservar el estudio de streamyard para']);
    expect(find('<p>Ask Priya about the unannounced dashboards roadmap</p>')).toHaveLength(1);
  });

  it('(3) text the same note publishes elsewhere: a link in its Contacts section that its talking points link too', () => {
    const find = guard(evidence({
      'projects/Grafana Office Hours/GOH 42 - Profiling.md': `---
url: https://youtube.com/live/Pz8yL3nQ1cE
date: 2024-03-15
---
# [[GOH 42 - Continuous profiling in production]]

## Contacts

Getting started with Pyroscope (video): https://www.youtube.com/watch?v=Fr5gH7jK2lM
Tomás's private number: call him on the Zoom bridge 4471 before noon

## Talking points

- [Getting started with Pyroscope](https://www.youtube.com/watch?v=Fr5gH7jK2lM) (video)
`,
    }));
    expect(find('<li><a href="https://www.youtube.com/watch?v=Fr5gH7jK2lM">Getting started with Pyroscope</a> (video)</li>')).toEqual([]);
    expect(find('<p>call him on the Zoom bridge 4471</p>')).toEqual(['call him on the zoom bridge']);
  });

  it('(4) generated text: facts the archive writes side by side, and the site\'s own words between them', () => {
    const find = guard(evidence({
      'projects/Grafana Office Hours/GOH 43 - Tracing.md': `---
url: https://youtube.com/live/Tr4cE5nG6hI
date: 2024-03-22
---
# [[GOH 43 - Tracing at scale]]

Guest:: Ana Lima

## Checklist

- [x] Change the invite to include the episode number and their name, ie \`Grafana Office Hours #43 with Ana Lima, 22 March 2024\`.

## After the show

- [ ] Add timestamps to the video: 0:00 Introductions, 6:30 Why tracing
- [ ] Remind Ana that the contract renewal is still confidential

## Timestamps

00:00:00 Introductions
00:06:30 Why tracing
`,
    }), siteStrings());
    // The search index joins the page's elements in one text: the chapters side by side.
    expect(find('<p>0:00 Introductions. 6:30 Why tracing</p>')).toEqual([]);
    expect(find('<p>Grafana Office Hours #43 with Ana Lima, 22 March 2024</p>')).toEqual([]);
    expect(find('<p>Remind Ana that the contract renewal is still confidential</p>')).toHaveLength(1);
  });
});

/** The runs (by index) that the given public texts compose. */
function composedOfPublicTexts(runs: string[][], texts: string[]): number[] {
  const generated = generatedText(runs);
  for (const text of texts) generated.add(tokenise(text));
  return [...generated.composed()].sort();
}

describe('generated text', () => {
  const runs = [
    normaliseWords('en el WOPR Café con Grafana'), // the end of a title, then a show's name
    normaliseWords('el WOPR Café con Grafana #6'), // end, whole, start
    normaliseWords('el WOPR the archive runs on'), // "the archive runs on" starts no public text
    normaliseWords('con Grafana'), // one word short of two pieces from the show name alone
  ];
  it('is made of the end of a public text, whole public texts, then the start of another', () => {
    // Texts come one by one, or several in one string between breaks: the same.
    expect(composedOfPublicTexts(runs, ['Campeones en el WOPR', 'Café con Grafana', `#6: Campeones en el WOPR${TEXT_BREAK}The archive`])).toEqual([0, 1]);
  });

  it('is not any sequence of public words: each piece is a text\'s own start, end or whole', () => {
    // Every word of "en el wopr café con grafana" is public, but "el wopr café" is in the middle of a text.
    expect(composedOfPublicTexts([runs[0]!], ['Los campeones en el WOPR café hoy', 'Un café con Grafana'])).toEqual([]);
  });
});

describe('reading output text by text', () => {
  const secrets = collectSecrets([{ file: 'GOH-26.md', episode: '26', publicText: '', withheld: [{
    reason: 'internal section', section: 'Checklist', line: 9, texts: ['Schedule a Slack message on the internal workspace'],
  }] }]);
  const found = (text: string) => findLeaks([{ path: 'out', text }], secrets).length;

  it('never joins two elements, two attribute values, or an element and an attribute', () => {
    expect(found(markupText('<li>Schedule a Slack</li><li>message on the internal workspace</li>'))).toBe(0);
    expect(found(markupText('<a title="Schedule a Slack" href="message on the internal workspace">x</a>'))).toBe(0);
    expect(found(markupText('<p>Schedule a Slack <a href="https://example.org/">message</a> on the internal workspace</p>'))).toBe(1);
    expect(found(markupText('<p>Schedule a <img alt="x"> Slack message on the internal workspace</p>'))).toBe(1);
  });

  it('does not let a page split a text with a break character of its own', () => {
    expect(found(markupText(`<p>Schedule a Slack${TEXT_BREAK}message on the internal workspace</p>`))).toBe(1);
    expect(found(markupText('<p>Schedule a Slack&#x2029;message on the internal workspace</p>'))).toBe(1);
    expect(found(jsonText(JSON.stringify({ text: `Schedule a Slack${TEXT_BREAK}message on the internal workspace` })))).toBe(1);
  });
});

describe('tracing a leak to the file that holds it', () => {
  it('names the hand-written pages and profiles holding the very run found, and nothing else', () => {
    const secrets = collectSecrets([{ file: 'GOH-07.md', episode: '7', publicText: '', withheld: [{
      reason: 'internal section', section: 'Checklist', line: 9, texts: ['Ask Lee about the unreleased roadmap before the stream starts'],
    }] }]);
    const leaks = findLeaks([{ path: 'about/index.html', text: markupText('<p>Ask Lee about the unreleased roadmap.</p>') }], secrets);
    expect(leaks.map((leak) => leak.found)).toEqual(['ask lee about the unreleased roadmap']);
    const traced = traceSources(leaks, [
      { file: 'src/pages/about.mdx', text: '# About\n\nAsk Lee about the\nunreleased roadmap.' },
      { file: 'src/content/guests/lee-king.yaml', text: 'name: Lee King\nbio: Lee plans the roadmap.' },
    ]);
    expect(Object.fromEntries(traced)).toEqual({ 'ask lee about the unreleased roadmap': ['src/pages/about.mdx'] });
  });
});

describe('the cost of public material', () => {
  it('grows linearly with the public text of the archive, however many withheld runs it must explain', () => {
    const words = ['grafana', 'loki', 'tempo', 'the', 'show', 'with', 'dashboards', 'of', 'and', 'a'];
    const notes = (count: number) => Array.from({ length: count }, (_, index) => ({
      file: `GOH-${index}.md`, episode: String(index),
      withheld: [{ reason: 'internal section' as const, section: 'Checklist', line: 1, texts: [Array.from({ length: 20 }, (_, word) => words[(index + word * 3) % words.length]).join(' ')] }],
      // Many short texts: each one's start, end and whole is looked up.
      publicText: Array.from({ length: 200 }, (_, text) => `${words[(index + text) % words.length]} ${words[(text * 7) % words.length]} note${index}`).join(TEXT_BREAK),
    }));
    const [small, large] = [notes(200), notes(2_000)];
    const factor = growthFactor(() => collectSecrets(small, { siteStrings: ['with', 'Hosted by'] }), () => collectSecrets(large, { siteStrings: ['with', 'Hosted by'] }));
    // Ten times the notes: linear work is about ten times as much; quadratic would be a hundred.
    expect(factor).toBeLessThan(30);
  });
});
