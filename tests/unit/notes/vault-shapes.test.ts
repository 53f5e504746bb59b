// Issue 12: the team's vault as it is (../shared/corpus/README.md, ../shared/corpus/vault), one fixture per
// shape, written here. Five shows, one folder each, as in src/site.config.ts.
import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote, UnrecognisedNoteError, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import type { ShowRule } from '../../../src/lib/notes/shows.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const GOH = 'projects/Grafana Office Hours';
const LOKI = 'projects/Loki Community Calls';
const OTEL = 'projects/Grafana OTel Community Call';
const AA = 'projects/Adobo and Avocados';
const CCG = 'projects/CafeConGrafana/Episodes';
const shows: ShowRule[] = [
  { slug: 'office-hours', name: 'Grafana Office Hours', heading: 'GOH <n> - <title>', folder: GOH, defaultHosts: ['Host A'] },
  { slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', folder: LOKI, defaultHosts: ['Host B'] },
  { slug: 'otel-community-call', name: 'Grafana OpenTelemetry Community Call', heading: '<n> - <title>', folder: OTEL, defaultHosts: ['Host A'] },
  { slug: 'adobo-and-avocados', name: 'Adobo & Avocados', heading: 'A&A <n> - <title>', folder: AA, defaultHosts: ['Host C'] },
  { slug: 'cafe-con-grafana', name: 'Café con Grafana', heading: 'CCG <n> - <title>', folder: CCG, defaultHosts: ['Host D'] },
];
const options = testParserOptions({ shows, schedule: { startTime: '13:00', timeZone: 'UTC' } });

/** Parses a note as the notes folder holds it: at `<folder>/<file name>`. */
function parseAt(path: string, text: string): ParsedNote {
  return parseNote(text, path, options, { relativePath: path });
}
function thrownAt(path: string, text: string): unknown {
  try {
    parseAt(path, text);
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
const aired = (extra = '') => `---\nurl: https://youtube.com/live/zDrA7Ly3ovU\ndate: 2023-12-01\n${extra}---\n`;
const SOME_POINTS = '\n## Talking points\n\n- A point\n';

describe('episode headings of the five shows', () => {
  it('reads a wikilink, a markdown link to the note itself, a padded wikilink and plain text', () => {
    expect(parseAt(`${GOH}/GOH 26 - Profiling.md`, `${aired()}# [[GOH 26 - Profiling]]\n${SOME_POINTS}`).episode)
      .toMatchObject({ show: 'office-hours', number: 26, title: 'Profiling', key: '26', status: 'published' });
    expect(parseAt(`${GOH}/GOH 28 - OpenTelemetry Metrics with Traefik.md`,
      `${aired()}# [GOH 28 - OpenTelemetry Metrics with Traefik](GOH%2028%20-%20OpenTelemetry%20Metrics%20with%20Traefik.md)\n`).episode)
      .toMatchObject({ show: 'office-hours', number: 28, title: 'OpenTelemetry Metrics with Traefik', key: '28' });
    expect(parseAt(`${AA}/A&A 26 - Padded.md`, `${aired()}# [[ A&A 26 - Padded]]\n`).episode)
      .toMatchObject({ show: 'adobo-and-avocados', number: 26, title: 'Padded', status: 'published' });
    expect(parseAt(`${CCG}/CCG 000 - 230907 - Bienvenidos.md`, `${aired()}# CCG 000 - Bienvenidos\n`).episode)
      .toMatchObject({ show: 'cafe-con-grafana', number: 0, title: 'Bienvenidos', status: 'published' });
  });

  it('reads a bare number heading inside its show\'s folder only', () => {
    expect(parseAt(`${OTEL}/01 - Declarative configuration in OTel.md`, `${aired()}# [[01 - Declarative configuration in OTel]]\n`).episode)
      .toMatchObject({ show: 'otel-community-call', number: 1, title: 'Declarative configuration in OTel' });
    // A transcript outside every show folder, whose heading happens to start with a number.
    expect(thrownAt('transcripts/2024-01-09-plugins.md', '# 3 Grafana data source plugins to try\n\nSome text.\n')).toBeInstanceOf(UnrecognisedNoteError);
  });

  it('reads dated headings: date and title, date and slug (as words), and a spaced-out date', () => {
    expect(parseAt(`${LOKI}/2025-08-12 All About Structured Metadata.md`, `${aired().replace('2023-12-01', '')}# [[2025-08-12 All About Structured Metadata]]\n`).episode)
      .toMatchObject({ show: 'loki-community-call', number: null, date: '2025-08-12', title: 'All About Structured Metadata' });
    const slug = parseAt(`${LOKI}/2025-06-24-road-to-4-0.md`, '---\nurl: https://www.youtube.com/watch?v=LWDeIHfAC9A\ndate:\n---\n# [[2025-06-24-road-to-4-0]]\n').episode;
    expect(slug).toMatchObject({ date: '2025-06-24', startsAt: '2025-06-24T13:00:00.000Z', title: 'Road to 4 0', videoId: 'LWDeIHfAC9A', status: 'published' });
    expect(slug.key).toBe('loki-community-call/2025-06-24-road-to-4-0');
    // Written freehand: no frontmatter, the video as a `[url](…)` line.
    const freehand = parseAt(`${LOKI}/2024-12-05-LogQL-Does-Don'ts.md`,
      "# 2024 / 12 / 05 - LogQL Does and Don'ts\n\n[url](https://youtube.com/live/d61nQX-n91c)\n\nHosts -  Nicole & Jay\n\n## Talking points\n- Introductions\n").episode;
    expect(freehand).toMatchObject({ date: '2024-12-05', title: "LogQL Does and Don'ts", videoId: 'd61nQX-n91c', status: 'published', hosts: ['Nicole', 'Jay'] });
    // `Hosts - Nicole & Jay` names the hosts; a first name that matches none of the show's configured hosts is kept as written.
  });

  it('never takes a daily note outside the dated show\'s folder for one of its episodes', () => {
    expect(thrownAt('Daily/2024-01-19.md', '# 2024-01-19\n\n- Standup\n')).toBeInstanceOf(UnrecognisedNoteError);
  });

  it('makes a draft of a Templater leftover heading, listed under the title its file name gives', () => {
    const parsed = parseAt(`${GOH}/GOH 31 - Adaptive Telemetry.md`, `${aired()}# [[<% tp.file.title %>]]\n`);
    expect(parsed.episode).toMatchObject({ status: 'draft', number: 31, title: 'Adaptive Telemetry', key: 'drafts/projects-grafana-office-hours-goh-31-adaptive-telemetry' });
    expect(parsed.episode.missing).toContain('title');
  });
});

describe('the file name is the note\'s name in Obsidian', () => {
  it('gives the number a heading leaves out', () => {
    const parsed = parseAt(`${AA}/A&A 20 - Learning about experience design with Jenna Charlton.md`,
      '---\nurl: https://www.youtube.com/watch?v=aooYirC-meo\ndate: 2023-11-08\n---\n# [[Learning about experience design with Jenna Charlton]]\n');
    expect(parsed.episode).toMatchObject({ show: 'adobo-and-avocados', number: 20, title: 'Learning about experience design with Jenna Charlton', status: 'published' });
    expect(parsed.warnings).toEqual([]);
  });

  it('wins over a heading that names another episode, with a warning naming both', () => {
    const parsed = parseAt(`${OTEL}/05 - Behind the magic of auto-instrumentation.md`, `${aired()}# [[043 - Observability for GenAI Apps]]\n`);
    expect(parsed.episode).toMatchObject({ number: 5, title: 'Behind the magic of auto-instrumentation', key: 'otel-community-call/2023-12-01-behind-the-magic-of-auto-instrumentation' });
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toMatchObject({ line: 5 });
    expect(parsed.warnings[0]!.problem).toBe('the heading says "043 - Observability for GenAI Apps" but the file name says "05 - Behind the magic of auto-instrumentation": the number differs; the file name wins (number 5)');
  });

  it('keeps the heading\'s title when both name one episode (a Café con Grafana file name holds a yymmdd date)', () => {
    const parsed = parseAt(`${CCG}/CCG 006 - 231207 - Campeones en WOPR.md`, '---\nurl: https://www.youtube.com/watch?v=DSdIsqNvd0k\ndate: 2023-12-07\n---\n# CCG 006 - Campeones en el WOPR\n');
    expect(parsed.episode).toMatchObject({ number: 6, title: 'Campeones en el WOPR', date: '2023-12-07', status: 'published' });
    expect(parsed.warnings).toEqual([]);
  });

  it('names a stub by its file name: CCG 012 headed CCG 009, with a placeholder video, is a draft numbered 12', () => {
    const parsed = parseAt(`${CCG}/CCG 012 - 240215 - TBD.md`,
      '---\nurl: https://www.youtube.com/watch?v=TBD\ndate: 2024-01-18\n---\n# CCG 009 - Kuberneteando k6 con Jorge Turrado\n');
    expect(parsed.episode).toMatchObject({ status: 'draft', number: 12, title: 'Kuberneteando k6 con Jorge Turrado', videoId: null, key: 'drafts/projects-cafecongrafana-episodes-ccg-012-240215-tbd' });
    expect(parsed.episode.missing).toEqual(['title', 'video', 'guest', 'chapters']);
    expect(parsed.warnings.map((warning) => warning.problem)).toEqual([
      'the heading says "CCG 009 - Kuberneteando k6 con Jorge Turrado" but the file name says "CCG 012 - 240215 - TBD": the number differs; the file name wins (number 12)',
    ]);
  });

  it('gives a dated show\'s note its date when the frontmatter and heading have none', () => {
    const parsed = parseAt(`${LOKI}/2025-03-13 Loki 3.4.md`, '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate:\n---\n# Loki 3.4 release\n');
    expect(parsed.episode).toMatchObject({ date: '2025-03-13', title: 'Loki 3.4 release', status: 'published' });
  });
});

describe('drafts are returned, never thrown', () => {
  it('a heading without a number: a draft whose key is its path, never a published key', () => {
    const parsed = parseAt(`${GOH}/GOH - Loki Adaptive Logs.md`, '---\nurl:\ndate: \n---\n# [[GOH - Loki Adaptive Logs]]\n\n## Reference links\n\n(docs) Adaptive Logs: https://grafana.com/docs/\n');
    expect(parsed.episode).toMatchObject({ status: 'draft', number: null, title: 'Loki Adaptive Logs', key: 'drafts/projects-grafana-office-hours-goh-loki-adaptive-logs' });
    expect(parsed.episode.missing).toEqual(['number', 'date', 'video', 'guest', 'chapters']);
  });

  it('two drafts both numbered GOH 30 have keys of their own, and neither is the published "30"', () => {
    const noDate = parseAt(`${GOH}/GOH 30 - Loki deployments.md`, '---\nurl:\ndate: \n---\n# [GOH 30 - Loki deployments](projects/Grafana%20Office%20Hours/GOH%2030%20-%20Loki%20deployments.md)\n').episode;
    const noVideo = parseAt(`${GOH}/GOH 30 - Direction of Grafana.md`, '---\nurl: TBD\ndate: 2024-08-02\n---\n# [[GOH 30 - Direction of Grafana]]\n').episode;
    const aired30 = parseAt(`${GOH}/GOH 30 - Aired.md`, `${aired()}# [[GOH 30 - Aired]]\n`).episode;
    expect([noDate.key, noVideo.key, aired30.key]).toEqual(['drafts/projects-grafana-office-hours-goh-30-loki-deployments', 'drafts/projects-grafana-office-hours-goh-30-direction-of-grafana', '30']);
    expect([noDate.status, noVideo.status, aired30.status]).toEqual(['draft', 'draft', 'published']);
    expect(noDate.missing).toEqual(['date', 'video', 'guest', 'chapters']);
    expect(noVideo.missing).toEqual(['video', 'guest', 'chapters']);
  });

  it('a date never guessed: video and chapters but `date:` empty (GOH 09) is a draft lacking only its date', () => {
    const parsed = parseAt(`${GOH}/GOH 09 - Getting started with Grafana Loki.md`,
      '---\nurl: https://youtube.com/live/pzNRvMQzrJ0\ndate:\n---\n# [[GOH 09 - Getting started with Grafana Loki]]\n\nGuest:: Ward Bekker\n\n## Timestamps\n\n00:00:00 Introductions\n00:04:10 What is Loki?\n');
    expect(parsed.episode).toMatchObject({ status: 'draft', number: 9, date: null, startsAt: null, videoId: 'pzNRvMQzrJ0', chapters: [{ start: 0, title: 'Introductions' }, { start: 250, title: 'What is Loki?' }] });
    expect(parsed.episode.missing).toEqual(['date']);
  });

  it('a `date:` or `url:` that says "not yet" is no date or video, without a warning', () => {
    for (const date of ['TBD', 'TODO', 'tbd', '']) {
      const parsed = parseAt(`${GOH}/GOH 40 - Soon.md`, `---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: ${date}\n---\n# [[GOH 40 - Soon]]\n`);
      expect(parsed.episode, date).toMatchObject({ status: 'draft', date: null, missing: ['date', 'guest', 'chapters'] });
      expect(parsed.warnings, date).toEqual([]);
    }
  });

  it('a `date:` that is no date in a note that is a draft anyway is a warning, not an error', () => {
    const parsed = parseAt(`${GOH}/GOH 41 - Later.md`, '---\nurl:\ndate: next Friday\n---\n# [[GOH 41 - Later]]\n');
    expect(parsed.episode).toMatchObject({ status: 'draft', date: null });
    expect(parsed.warnings).toEqual([expect.objectContaining({ line: 3, problem: 'the date "next Friday" is not a date, so this draft has no date yet' })]);
  });

  it('but stops a note that would be published but for it, with file, line and fix', () => {
    const error = thrownAt(`${GOH}/GOH 42 - Aired.md`, '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-13-45\n---\n# [[GOH 42 - Aired]]\n');
    expect(error).toBeInstanceOf(NoteError);
    expect((error as NoteError).message).toMatch(/^projects\/Grafana Office Hours\/GOH 42 - Aired\.md:3: the date "2024-13-45" is not a date\n {2}Fix: /);
  });

  it('a malformed chapter in a draft is a warning; in a note that will be published, an error', () => {
    const timestamps = '## Timestamps\n\n00:00:00 Introductions\n00:05:00 Middle\n00:02:00 Earlier\n';
    const draft = parseAt(`${GOH}/GOH 43 - Soon.md`, `---\nurl:\ndate:\n---\n# [[GOH 43 - Soon]]\n\n${timestamps}`);
    expect(draft.episode).toMatchObject({ status: 'draft', chapters: [] });
    expect(draft.warnings).toEqual([expect.objectContaining({ line: 11, problem: 'the chapter at 00:02:00 does not come after the one at 5:00 (line 10) (this draft has no chapters until it is fixed)' })]);
    expect(thrownAt(`${GOH}/GOH 43 - Soon.md`, `${aired()}# [[GOH 43 - Soon]]\n\n${timestamps}`)).toBeInstanceOf(NoteError);
  });

  it('a note in a show folder that is plainly not an episode (the folder\'s index) is "not an episode"', () => {
    const readme = 'Grafana Office Hours (GOH) is a one-hour [weekly livestream](https://www.youtube.com/watch?v=uk7NoagbJ28&list=PLDGkOdUX1Ujrrse-cdj20RRah9hyHdxBu) on YouTube.\n\n## Episodes\n\n- 16/06: [GOH 01 - Overview](https://youtube.com/live/uk7NoagbJ28)\n';
    const error = thrownAt(`${GOH}/Grafana Office Hours Readme.md`, readme);
    expect(error).toBeInstanceOf(UnrecognisedNoteError);
    expect((error as NoteError).problem).toBe('this note in the Grafana Office Hours folder is not an episode: it has no episode heading (such as `# [[GOH 27 - Title]]`), no video and no date');
    expect(thrownAt('projects/Other project/Plan.md', '# Plan\n\n- Something\n')).toBeInstanceOf(UnrecognisedNoteError);
  });
});

describe('dates', () => {
  const startOf = (date: string, timeZone = 'UTC') => parseNote(`---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: ${date}\n---\n# [[GOH 50 - Dated]]\n`, 'd.md',
    { ...options, schedule: { startTime: '13:00', timeZone } }).episode;

  it('reads a date, a date and time in the show\'s zone, and ISO with an offset', () => {
    expect(startOf('2024-01-19')).toMatchObject({ date: '2024-01-19', startsAt: '2024-01-19T13:00:00.000Z' });
    expect(startOf('2024-01-19 15:00', 'Europe/Amsterdam')).toMatchObject({ date: '2024-01-19', startsAt: '2024-01-19T14:00:00.000Z' });
    expect(startOf('2024-01-19T15:00:00+02:00', 'Europe/Amsterdam')).toMatchObject({ date: '2024-01-19', startsAt: '2024-01-19T13:00:00.000Z' });
  });

  it('reads dates in words with their time zone, also a 24-hour time with a needless "pm"', () => {
    expect(startOf('"June 22nd 2026, 18:00pm CEST"')).toMatchObject({ date: '2026-06-22', startsAt: '2026-06-22T16:00:00.000Z', status: 'published' });
    expect(startOf('"September 28th 2026, 14:00 CEST"', 'America/New_York')).toMatchObject({ date: '2026-09-28', startsAt: '2026-09-28T12:00:00.000Z' });
  });

  it('never guesses: no year, day and month that could be swapped, or a time that is not one, give no date', () => {
    for (const date of ['June 22nd, 18:00', '05/06/2024', '2024-01-19 25:00', '2024-02-30']) {
      expect(parseNote(`---\nurl:\ndate: ${date}\n---\n# [[GOH 50 - Dated]]\n`, 'd.md', options).episode.date, date).toBeNull();
    }
  });
});

describe('the video', () => {
  const videoOf = (frontmatterUrl: string, preamble = '') => parseAt(`${GOH}/GOH 60 - Video.md`, `---\nurl: ${frontmatterUrl}\ndate: 2024-01-19\n---\n# [[GOH 60 - Video]]\n\n${preamble}\n`);

  it('is no video, without an error or a warning, while `url:` is a placeholder', () => {
    for (const url of ['', 'TBD', 'TODO', 'xxx', 'https://youtube.com/live/TODO', 'https://www.youtube.com/watch?v=TBD', 'https://www.youtube.com/embed/']) {
      const parsed = videoOf(url, '[Link to YouTube video]()\n\n<iframe width="560" height="315" src="https://www.youtube.com/embed/" allowfullscreen></iframe>');
      expect(parsed.episode, url).toMatchObject({ videoId: null, status: 'draft', missing: ['video', 'guest', 'chapters'] });
      expect(parsed.warnings, url).toEqual([]);
    }
  });

  it('comes from a `[url](…)` or `[Link to YouTube video](…)` line, and from an iframe whose src is a markdown link', () => {
    expect(videoOf('', '[url](https://youtube.com/live/d61nQX-n91c)').episode.videoId).toBe('d61nQX-n91c');
    expect(videoOf('TBD', '[Link to YouTube video](https://youtu.be/FwnyV5z_ij4)').episode.videoId).toBe('FwnyV5z_ij4');
    const iframe = '<iframe width="560" height="315" src="[https://www.youtube.com/watch?v=DSdIsqNvd0k](https://www.youtube.com/watch?v=DSdIsqNvd0k)" title="YouTube video player" allowfullscreen></iframe>';
    expect(videoOf('', iframe).episode).toMatchObject({ videoId: 'DSdIsqNvd0k', status: 'published' });
  });

  it('is not a YouTube link inside running text before the first section', () => {
    expect(videoOf('', 'We talked about this in [an earlier stream](https://youtube.com/live/uk7NoagbJ28) last week.').episode.videoId).toBeNull();
  });
});

describe('guests', () => {
  const guestsOf = (line: string) => parseAt(`${GOH}/GOH 70 - Guests.md`, `${aired()}# [[GOH 70 - Guests]]\n\n${line}\n`).episode;

  it('reads Guest:: and Guests::, quoted wikilinks, accents', () => {
    expect(guestsOf('Guest:: "[[Ana Pérez]], [[Bo Li]]"').guests).toEqual(['Ana Pérez', 'Bo Li']);
    expect(guestsOf('Guests:: Ryan Perry, Jane Doe').guests).toEqual(['Ryan Perry', 'Jane Doe']);
    expect(guestsOf('Guest:: [[Łukasz Gut]]').guests).toEqual(['Łukasz Gut']);
  });

  it('reads a markdown link as the name, and keeps the guest\'s own link', () => {
    const episode = guestsOf('Guests:: [Carlos Gauto](https://www.linkedin.com/in/gautocarlos/), [[Jorge Turrado]]');
    expect(episode.guests).toEqual(['Carlos Gauto', 'Jorge Turrado']);
    expect(episode.guestLinks).toEqual({ 'Carlos Gauto': 'https://www.linkedin.com/in/gautocarlos/' });
    expect(guestsOf('Guest:: Ryan Perry').guestLinks).toBeUndefined();
    const fromFrontmatter = parseAt(`${GOH}/GOH 71 - Listed.md`, `${aired('guests:\n  - "[Jane Doe](https://jane.example/)"\n')}# [[GOH 71 - Listed]]\n`).episode;
    expect(fromFrontmatter).toMatchObject({ guests: ['Jane Doe'], guestLinks: { 'Jane Doe': 'https://jane.example/' } });
  });
});

describe('sections', () => {
  it('publishes References and a singular Timestamp, and both kinds inside the Post-show checklist; not Community Questions', () => {
    const parsed = parseAt(`${GOH}/GOH 80 - Sections.md`, `${aired()}# [[GOH 80 - Sections]]\n\n${[
      '## References', '', '- [Tempo docs](https://grafana.com/docs/tempo/)', '',
      '### Timestamp', '', '00:00:00 Introductions', '00:05:53 What is distributed tracing?', '',
      '## Community Questions', '', '- What about sampling, asked in chat?', '',
      '## Post-show checklist', '', '- [ ] Upload the recording to the team drive', '',
      '### Timestamps', '', '00:12:58 Tracing in real life', '',
      '### Reference links', '', 'Tempo repo: https://github.com/grafana/tempo', '',
    ].join('\n')}`);
    expect(parsed.episode.links).toEqual([{ title: 'Tempo docs', url: 'https://grafana.com/docs/tempo/' }, { title: 'Tempo repo', url: 'https://github.com/grafana/tempo' }]);
    expect(parsed.episode.chapters).toEqual([{ start: 0, title: 'Introductions' }, { start: 353, title: 'What is distributed tracing?' }, { start: 778, title: 'Tracing in real life' }]);
    expect(parsed.html).not.toContain('sampling');
    expect(parsed.html).not.toContain('recording');
    expect(parsed.withheld.map((item) => [item.reason, item.section])).toEqual(expect.arrayContaining([
      ['section not on the allow-list', 'Community Questions'], ['internal section', 'Post-show checklist'],
    ]));
    expect(parsed.warnings.map((warning) => warning.problem)).toContain('the section "Community Questions" is not published: it is not one of the public sections');
  });
});

describe('template leftovers and notes to colleagues in public sections', () => {
  it('withholds the template\'s lone `00:00:00 Introductions` chapter, with a warning', () => {
    const parsed = parseAt(`${OTEL}/02 - Lone chapter.md`, `${aired()}# [[02 - Lone chapter]]\n\n## Post-show checklist\n\n- [ ] Add timestamps\n\n### Timestamps\n\n00:00:00 Introductions\n`);
    expect(parsed.episode.chapters).toEqual([]);
    expect(parsed.episode.missing).toContain('chapters');
    expect(parsed.withheld).toContainEqual({ reason: 'template leftover', section: 'Timestamps', line: 13, texts: ['00:00:00 Introductions'] });
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ line: 13, problem: 'withheld "00:00:00 Introductions" (a template leftover) under "Timestamps"' }));
  });

  it('withholds items that are only TODO or TBD, and keeps the rest', () => {
    const parsed = parseAt(`${GOH}/GOH 81 - Todo.md`, `${aired()}# [[GOH 81 - Todo]]\n\n## Talking points\n\n- Intro\n- TODO\n- Loki at scale\n\t- TBD\n\n## Reference links\n\nTBD\n`);
    expect(parsed.episode.talkingPoints[0]!.points).toEqual([{ html: 'Intro', children: [] }, { html: 'Loki at scale', children: [] }]);
    expect(parsed.episode.links).toEqual([]);
    expect(parsed.withheld.filter((item) => item.reason === 'template leftover').map((item) => [item.line, item.texts])).toEqual([[10, ['TODO']], [12, ['TBD']], [16, ['TBD']]]);
    expect(parsed.warnings.filter((warning) => /template leftover/.test(warning.problem))).toHaveLength(3);
    expect(parsed.html).not.toMatch(/TODO|TBD/);
  });

  it('withholds a <<note to colleagues>>, as a whole item or inside one', () => {
    const parsed = parseAt(`${GOH}/GOH 82 - Notes.md`, `${aired()}# [[GOH 82 - Notes]]\n\n## Talking points\n\n- Announcements <<check the date with @carol>>\n- <<Any other topic? @alice @bob>>\n- Outro\n`);
    expect(parsed.episode.talkingPoints[0]!.points).toEqual([{ html: 'Announcements', children: [] }, { html: 'Outro', children: [] }]);
    expect(parsed.html).not.toMatch(/@alice|@carol|<<|&#x3C;&#x3C;|&lt;&lt;/);
    expect(parsed.withheld.filter((item) => item.reason === 'note to colleagues')).toEqual([
      { reason: 'note to colleagues', section: 'Talking points', line: 9, texts: ['check the date with @carol'] },
      { reason: 'note to colleagues', section: 'Talking points', line: 10, texts: ['Any other topic? @alice @bob'] },
    ]);
    expect(parsed.warnings.filter((warning) => /note to colleagues/.test(warning.problem)).map((warning) => warning.line)).toEqual([9, 10]);
  });
});

describe('slug titles', () => {
  it('read as words only when they are slugs of three words or more', () => {
    const titleOf = (heading: string) => parseAt(`${GOH}/x.md`, `${aired()}# [[${heading}]]\n`).episode.title;
    expect(titleOf('GOH 44 - k6-operator')).toBe('k6-operator');
    expect(titleOf('GOH 45 - self-hosting-grafana-at-home')).toBe('Self hosting grafana at home');
  });
});
