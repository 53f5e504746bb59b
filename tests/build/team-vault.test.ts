import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAfresh } from '../support/build-site.ts';
import { runScript } from '../support/run-script.ts';
import { sharedCorpusFile } from '../support/shared-corpus.ts';
import { TEST_SITES_DIR } from '../support/sites.ts';

// A part of the team's real vault, as they keep it (../shared/corpus/vault, beside the project on dev
// machines and in CI). Taken as a new user would: import, check, build, with the leak guard on.
const vaultPath = sharedCorpusFile('vault');
const VAULT = resolve(vaultPath ?? '.');
const present = vaultPath !== undefined;

// Written out by hand from the vault's notes: the episodes that have a video and a date, where their pages live.
const PAGES = [
  'episodes/22/index.html',
  'episodes/28/index.html',
  'episodes/adobo-and-avocados/2023-11-08-learning-about-experience-design-with-jenna-charlton/index.html',
  'episodes/cafe-con-grafana/2023-12-07-campeones-en-el-wopr/index.html',
  'episodes/otel-community-call/2025-10-22-declarative-configuration-in-otel/index.html',
];
// Phrases of the team's checklists and pre-show notes: none may reach any file of the site.
const INTERNAL = ['streamyard', 'private chat', 'docs.google.com', 'slack.com', 'schedule a slack message', 'thumbsup.tv', 'monday.com', 'agendar transmisión', 'how do you pronounce your name'];

describe.skipIf(!present)('the team\'s vault, as it is', () => {
  const work = mkdtempSync(join(tmpdir(), 'team-vault-'));
  const notes = join(work, 'notes');
  const outDir = resolve(TEST_SITES_DIR, 'team-vault');
  const env = { EPISODES_DIR: notes, TRANSCRIPTS_DIR: join(work, 'transcripts'), EPISODE_URLS_FILE: join(work, 'urls.json'), ARCHIVE_NOW: '2026-11-24T00:00:00Z', FORCE_COLOR: '0', NO_COLOR: '1' };
  let imported: ReturnType<typeof runScript>;
  let checked: ReturnType<typeof runScript>;
  let built: { status: number; output: string };
  beforeAll(() => {
    imported = runScript('import.ts', [VAULT], env);
    checked = runScript('check.ts', [], env);
    built = buildSiteAfresh(outDir, env);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('imports every note of the shows\' folders that it can place, drafts included, and leaves nothing out', () => {
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/skipped +projects\/Grafana Office Hours\/Grafana Office Hours Readme\.md +not an episode/);
    expect(imported.stdout).toMatch(/added +projects\/Grafana Office Hours\/GOH 30 - Loki deployments\.md +\(a draft: no page yet\)/);
    expect(imported.stdout).not.toMatch(/^ +(added|left out|skipped) +(transcripts|templates)\//m);
  });

  it('checks with no error: drafts are listed with what they lack, and block nothing', () => {
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/GOH 30 - Loki deployments\.md {2}add a date/);
    expect(checked.stdout).toContain('GOH - Loki Adaptive Logs.md');
    expect(checked.stdout).toContain('no errors');
  });

  it('builds, with the leak guard on, a page for every episode with a video and a date', () => {
    expect(built.output).not.toContain('Leak guard: the built site contains internal text');
    expect(built.status).toBe(0);
    for (const page of PAGES) expect(existsSync(join(outDir, page)), page).toBe(true);
    expect(existsSync(join(outDir, 'episodes/30/index.html'))).toBe(false);
  });

  // Issue 23, on the vault: who was on and what it was about, clean.
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const linked = (page: string, folder: string) => [...read(page).matchAll(new RegExp(`<a[^>]*href="/${folder}/([^/"]+)/"[^>]*>([^<]*)<`, 'g'))].map(([, slug, name]) => ({ slug, name: name!.trim() }));
  const folded = (names: readonly string[]) => [...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare);

  it('names each guest cleanly, once, never a host, in lists sorted as people read them', () => {
    const guests = linked('guests/index.html', 'guests');
    expect(guests.map((guest) => guest.name)).toEqual(['Carlos Gauto', 'Cyril Tovena', 'Ed Welch', 'Jenna Charlton', 'Joseph (Joe) Elliot', 'Marylia Gutierrez']);
    for (const { slug, name } of guests) {
      expect(name, name).not.toMatch(/[[\]()]\s*$|https?:|\bfrom\b|\(Grafana\)/);
      expect(slug, slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    // The Loki calls' `Hosts - Nicole & Jay` line names the show's hosts, never guests.
    expect(existsSync(join(outDir, 'guests/nicole-van-der-hoeven'))).toBe(false);
    expect(existsSync(join(outDir, 'guests/jay-clifford'))).toBe(false);
    expect(read('episodes/loki-community-call/2024-12-05-logql-does-and-don-ts/index.html')).toMatch(/data-pagefind-filter="guest">Cyril Tovena</);
    const topics = linked('topics/index.html', 'topics').map((topic) => topic.name);
    expect(topics.length).toBeGreaterThan(5);
    expect(topics).toEqual(folded(topics));
  });

  it('gives every Office Hours, Loki and OpenTelemetry episode at least one topic, and titles that are not file names', () => {
    const pages = ['episodes/22/index.html', 'episodes/28/index.html', 'episodes/loki-community-call/2024-12-05-logql-does-and-don-ts/index.html',
      'episodes/loki-community-call/2025-06-24-road-to-4-0/index.html', 'episodes/otel-community-call/2025-10-22-declarative-configuration-in-otel/index.html'];
    for (const page of pages) expect(read(page), page).toMatch(/data-pagefind-filter="topic:[^"]+">/);
    expect(read('episodes/loki-community-call/2025-06-24-road-to-4-0/index.html')).toContain('<h1 data-pagefind-meta="title">The Road to Loki 4.0</h1>');
    expect(read('rss.xml')).not.toMatch(/<title>[^<]*(Road to 4 0|road-to-4-0)/i);
  });

  it('says in npm run check where each guest and title came from, and each episode\'s topics', () => {
    expect(checked.stdout).toContain('guests     Cyril Tovena (from `Loki Engineer - …` line 7');
    expect(checked.stdout).toContain('guests     Jenna Charlton (from the title ("… with <guest>", as the show declares its titles)');
    expect(checked.stdout).toMatch(/title {6}from the video's transcript \S+\.md \(the note's only title is its file name\)/);
    expect(checked.stdout).toMatch(/topics {5}Loki\n/);
    // A show whose headings have no words before the number is labelled by its name.
    expect(checked.stdout).toContain('Grafana OpenTelemetry Community Call #1  Declarative configuration in OTel\n');
  });

  it('publishes nothing the team keeps for itself, in any file of the site', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(html|xml|json|ics|txt|opml)$/.test(entry.name)) files.push(path);
      }
    };
    walk(outDir);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const phrase of INTERNAL) expect(text.includes(phrase), `${phrase} in ${file}`).toBe(false);
    }
  });
});
