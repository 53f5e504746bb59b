import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, STACK_LINE, type ScriptRun } from '../../support/run-script.ts';

const archive = {
  EPISODES_DIR: 'tests/fixtures/archive/episodes', GUESTS_DIR: 'tests/fixtures/archive/guests', TRANSCRIPTS_DIR: 'tests/fixtures/archive/transcripts',
  // The registry the fixture archive is built with (check only reads it).
  EPISODE_URLS_FILE: 'tests/fixtures/archive/episode-urls.json',
};

/** The report's block for one episode, from its `GOH n  Title` line to the blank line after it. */
function block(report: string, heading: string): string {
  const start = report.indexOf(`\n${heading}\n`);
  expect(start, `no block "${heading}" in:\n${report}`).toBeGreaterThanOrEqual(0);
  return report.slice(start + 1, report.indexOf('\n\n', start + 1));
}

describe('npm run check on the fixture archive', () => {
  let result: ScriptRun;
  beforeAll(() => {
    result = runScript('check.ts', [], archive);
  });

  it('passes, with exit code 0 and a summary of every note', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The warnings: a note that is no episode, a transcript without a video, and a Loki call whose heading and file name give different dates.
    expect(result.stdout).toContain('17 notes and 3 guest profiles checked: 13 published, 2 upcoming, 1 draft; 3 warnings, no errors.');
  });

  it('lists each episode\'s guests with their organisation and the line naming each, and its topics', () => {
    const goh6 = block(result.stdout, 'GOH 6  Integration tests with Testcontainers');
    expect(goh6).toContain('  guests     Mateo Peña (of Contenedores; from `Guest::` line 7; no profile)\n             Pablo Ruiz (of Grafana; from `Guest::` line 7; no profile)');
    expect(goh6).toContain('  topics     Testcontainers, Docker');
    expect(block(result.stdout, '2024-10-29  Introduction to the Helm chart')).toContain('Anneke de Vries (from `Loki Helm Maintainers - …` line 7; no profile)');
    expect(block(result.stdout, 'A&A 5  Burnout and recovery with Karina Todorova')).toContain('Karina Todorova (from the title ("… with <guest>", as the show declares its titles); no profile)');
  });

  it('says where a title came from when the note\'s only title is its file name, and the topics its transcript adds', () => {
    const cache = block(result.stdout, '2024-05-21  Scaling the log cache: do\'s and don\'ts');
    expect(cache).toContain('  title      from the video\'s transcript tests/fixtures/archive/transcripts/2024-05-22T08:00:00Z-scaling-the-log-cache.md (the note\'s only title is its file name)');
    expect(cache).toContain('  topics     Loki, Kubernetes (from the transcript\'s summary), Bloom filters (from the transcript\'s summary)');
  });

  it('says what a draft is missing and where to write it', () => {
    const draft = block(result.stdout, 'GOH 4  Dashboards that people actually use');
    expect(draft).toMatch(/^ {2}status {5}draft {2}no page until it has a date and a video$/m);
    expect(draft).toMatch(/^ {2}missing {4}date \(`date:`\), video \(`url:`\), guest \(`Guest::`\), chapters \(Timestamps\)$/m);
  });

  it('lists what was withheld: internal sections, template text and internal links, with lines', () => {
    const loki = block(result.stdout, 'GOH 1  Getting started with Grafana Loki');
    expect(loki).toContain('withheld   section "Checklist" (line 10): internal');
    expect(loki).toContain('template instruction under "Talking points" (line 23)');
    expect(loki).toContain('link under "Reference links" (line 40): Planning doc');
    expect(block(result.stdout, 'GOH 3  Profiling in production with Grafana Pyroscope')).toContain('section "Just before the show" (line 20): internal');
  });

  it('reports a note that matches no show as not published, with what to do, without failing', () => {
    expect(result.stdout).toContain('1 note not an episode: not published');
    expect(result.stdout).toMatch(/episodes\/Team meeting notes\.md:1 {2}this note matches none of the shows.*\n {2}Fix: /);
  });

  it('labels a dated episode of another show by its date and show', () => {
    const dated = block(result.stdout, '2025-08-12  Structured metadata deep dive');
    expect(dated).toContain('show       Loki Community Call');
    expect(dated).toContain('section "Post-show checklist" (line 43): internal');
  });

  it('tells upcoming episodes apart, and guests without a profile', () => {
    expect(block(result.stdout, 'GOH 5  Alerting without the noise')).toMatch(/status {5}upcoming {2}2099-01-09 13:00 UTC/);
    expect(block(result.stdout, 'GOH 1  Getting started with Grafana Loki')).toContain('guests     Jane Doe (from `Guest::` line 8)\n             Sam Rivera (from `Guest::` line 8; no profile)');
  });

  it('names each episode\'s transcript and what it gives, and warns about every transcript, changed or not', () => {
    expect(block(result.stdout, 'GOH 1  Getting started with Grafana Loki')).toContain('transcript tests/fixtures/archive/transcripts/2023-05-05T17:00:00Z-getting-started-with-grafana-loki.md: raw captions\n');
    expect(block(result.stdout, 'GOH 2  Tracing with Tempo')).toContain('transcript tests/fixtures/archive/transcripts/some-other-name.md: summary, 2 chapters (the note\'s own are used), cleaned-up text, shorter than the raw captions that follow it\n');
    expect(block(result.stdout, '2025-08-12  Structured metadata deep dive')).toMatch(/transcript .*: summary, 4 chapters \(the note's own are used\), cleaned-up text$/m);
    expect(block(result.stdout, 'GOH 5  Alerting without the noise')).toMatch(/transcript .*: summary, cleaned-up text; published with the episode$/m);
    expect(block(result.stdout, 'GOH 3  Profiling in production with Grafana Pyroscope')).not.toContain('transcript');
    const transcripts = block(result.stdout, 'Transcripts in tests/fixtures/archive/transcripts: 7 files, 5 of 15 episodes with a video here; a transcript of no episode\'s video publishes nothing.');
    expect(transcripts).toMatch(/warning {4}tests\/fixtures\/archive\/transcripts\/teaser\.md: this transcript has no `URL:` line, so it belongs to no episode\n {13}Fix: add the line `URL: /);
  });

  it('aligns every field of every episode, without colours when the output is not a terminal', () => {
    const fields = result.stdout.split('\n').filter((line) => /^ {2}(show|file|title|status|guests|topics|missing|transcript|withheld)\b/.test(line));
    // Sixteen episodes with seven fields each, five with a transcript, one whose title comes from its transcript.
    expect(fields.length).toBe(16 * 7 + 5 + 1);
    for (const line of fields) expect(line[13], line).not.toBe(' ');
    for (const line of fields) expect(line.slice(2, 13).trim().length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain('\u001b[');
  });
});

describe('npm run check on broken notes', () => {
  let notes: string;
  let result: ScriptRun;
  beforeAll(() => {
    notes = mkdtempSync(join(tmpdir(), 'check-'));
    cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(notes, 'GOH-01.md'));
    cpSync('tests/fixtures/archive/episodes/GOH-02.md', join(notes, 'GOH-02.md'));
    cpSync('tests/fixtures/archive/episodes/GOH-02.md', join(notes, 'GOH-02 copy.md'));
    writeFileSync(join(notes, 'GOH-07.md'), '---\nurl: https://youtu.be/AAAAAAAAAA7\ndate: [2024-01-01\n---\n# [[GOH 7 - Broken YAML]]\n');
    // Properties whose closing `---` was forgotten: the note would be published but for it, so it is an error.
    writeFileSync(join(notes, 'GOH-09.md'), '---\nurl: https://youtu.be/AAAAAAAAAA9\ndate: 2024-02-02\ntags:\n  - loki\n\n# [[GOH 9 - Unclosed properties]]\n\nGuest:: Jane Doe\n');
    cpSync('tests/fixtures/archive/episodes/2025-08-12 Structured metadata deep dive.md', join(notes, 'call-a.md'));
    // Another call that day, with another video but the same title: two episodes that would be at one URL.
    writeFileSync(join(notes, 'call-b.md'), '---\nurl: https://youtu.be/AAAAAAAAA12\ndate: 2025-08-12\n---\n# [[2025-08-12 Structured metadata deep dive]]\n');
    result = runScript('check.ts', [], { EPISODES_DIR: notes, FORCE_COLOR: '1', NO_COLOR: '1' });
  });
  afterAll(() => rmSync(notes, { recursive: true, force: true }));

  it('fails with exit code 1', () => {
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('4 errors: the build stops until they are fixed');
  });

  it('names the file and line of each error, and how to fix it', () => {
    expect(result.stdout).toContain(`${notes}/GOH-07.md:3  the frontmatter is not valid YAML`);
    expect(result.stdout).toContain(`${notes}/GOH-02.md:5  episode 2 is also in ${notes}/GOH-02 copy.md (same video `);
    expect(result.stdout).toContain(`${notes}/call-b.md:5  this note and ${notes}/call-a.md would both be at /episodes/loki-community-call/2025-08-12-structured-metadata-deep-dive/ but name different videos (AAAAAAAAA12, `);
    expect(result.stdout).toContain('they are two episodes of 2025-08-12 with one title\n  Fix: give one a URL of its own with `slug:` in its frontmatter (e.g. `slug: 2025-08-12-structured-metadata-deep-dive-2`)');
    expect(result.stdout.match(/^ {2}Fix: /gm)).toHaveLength(4);
  });

  it('says that only the first error of each note is shown', () => {
    expect(result.stdout).toMatch(/4 errors: the build stops until they are fixed\nEach note shows only its first error: fix it and run `npm run check` again/);
  });

  it('stops on frontmatter that is never closed in a note that would be published, with the line and where to close it', () => {
    expect(result.stdout).toContain(`${notes}/GOH-09.md:1  the frontmatter opened by \`---\` on this line is never closed, so none of its properties (\`url:\`, \`date:\`, ...) are read\n  Fix: add a line with only \`---\` after line 5, the last property`);
    expect(result.stdout).not.toContain('GOH 9  Unclosed properties');
  });

  it('still reports the notes that are fine, and prints no stack trace', () => {
    expect(result.stdout).toContain('GOH 1  Getting started with Grafana Loki');
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('colours a terminal\'s report, unless NO_COLOR is set', () => {
    // FORCE_COLOR stands in for a terminal here; NO_COLOR must win over it.
    expect(result.stdout).not.toContain('\u001b[');
    const coloured = runScript('check.ts', [], { EPISODES_DIR: notes, FORCE_COLOR: '1', NO_COLOR: '' });
    expect(coloured.stdout).toContain('\u001b[31m');
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).toBe(result.stdout);
  });
});

describe('npm run check on the boundary fixtures (tests/fixtures/hostile/episodes/GOH-60..62.md)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'check-boundary-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let result: ScriptRun;
  beforeAll(() => {
    for (const number of [60, 61, 62]) cpSync(`tests/fixtures/hostile/episodes/GOH-${number}.md`, join(folder, `GOH-${number}.md`));
    result = runScript('check.ts', [], { EPISODES_DIR: folder, GUESTS_DIR: 'tests/fixtures/archive/guests' });
  });

  it('lists each author marker, struck-through text and note to the hosts it withheld, and what only looks like one', () => {
    expect(result.status, result.stderr).toBe(0);
    const conventions = block(result.stdout, 'GOH 62  The team\'s own conventions');
    expect(conventions).toContain('author marker under "Talking points" (line 10), removed: {antonio]');
    expect(conventions).toContain('struck-through text under "Talking points" (line 11): Muestranos que se logra?');
    expect(conventions).toContain('note to the hosts under "Talking points" (line 15): Jay + Nicole make sure to post blog link');
    expect(conventions).toContain('looks like a note to the hosts, published under "Talking points": "Nicole will bring the demo laptop"');
    expect(result.stdout).not.toContain('undefined');
  });

  it('lists the internal links in every spelling and the sections nested in public ones', () => {
    const links = block(result.stdout, 'GOH 60  Internal links in every spelling');
    expect(links.match(/link under "Talking points"/g)).toHaveLength(9);
    const sections = block(result.stdout, 'GOH 61  Internal sections wherever they are nested');
    expect(sections).toContain('section "Just before the show (15 min)" (line 14): internal');
    expect(sections).toContain('section "Talking points › Just before the show" (line 27): internal');
    expect(sections).toContain('section "Talking points › Checklist" (line 31): internal');
    expect(sections).toContain('field "pronounce::"');
  });
});
