import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import { parseOpml, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { sitePath, TEST_SITES_DIR } from '../support/sites.ts';

const read = (path: string) => readFileSync(sitePath('fixtures', path), 'utf8');
const SITE = 'https://office-hours.example.org';
const METADATA = 'episodes/loki-community-call/2025-08-12-structured-metadata-basics';

/** Every text file of the built fixture site, the search index's fragments unzipped. */
function outputTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const path of readdirSync(sitePath('fixtures', ''), { recursive: true, encoding: 'utf8' })) {
    const file = sitePath('fixtures', path);
    if (/\.(html|xml|txt|json|ics|opml)$/.test(path)) texts.set(path, readFileSync(file, 'utf8'));
    else if (/^pagefind(-transcripts)?\/fragment\//.test(path)) texts.set(path, gunzipSync(readFileSync(file)).toString('utf8'));
  }
  return texts;
}

interface Fragment { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]>; anchors: { id: string; text: string }[] }

/** The pages of one search bundle of the fixture site (pagefind/ or pagefind-transcripts/). */
function bundlePages(bundle: string): Fragment[] {
  const folder = sitePath('fixtures', `${bundle}/fragment`);
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(`${folder}/${file}`)).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

function indexedPage(url: string): Fragment | undefined {
  return [...bundlePages('pagefind'), ...bundlePages('pagefind-transcripts')].find((fragment) => fragment.url === url);
}

describe('an episode with a transcript', () => {
  const page = read(`${METADATA}/index.html`);
  const transcript = read(`${METADATA}/transcript/index.html`);

  it('shows the summary, says it is generated, and links to the transcript\'s own page', () => {
    expect(page).toContain('<h2 id="transcript-summary-heading" data-pagefind-ignore>Summary</h2><div class="summary"><p>The hosts and their guest explained how <strong>structured metadata</strong> keeps high-cardinality values out of the index');
    expect(page).toContain(`<a href="/${METADATA}/transcript/">Read the transcript</a>`);
    expect(page).toContain('The summary and the transcript are generated from the video&#39;s captions.');
  });

  it('keeps the transcript\'s text off the episode page, so it weighs nothing before it is opened', () => {
    expect(page).not.toContain('a burst of dashboards no longer piles up');
    expect(transcript).toContain('a burst of dashboards no longer piles up');
  });

  it('keeps the note\'s own chapters over the transcript\'s', () => {
    expect(page).toContain('<span>Welcome and introductions</span>');
    expect(page).not.toContain('Scaling queriers with KEDA</span>');
    expect(page).not.toContain('<p class="generated" data-pagefind-ignore>Generated from the video');
    expect(read('episodes/2/index.html')).not.toContain('Generated chapter that the note');
    expect(JSON.parse(read('episodes/2/chapters.json')).chapters.map((chapter: { title: string }) => chapter.title)).toEqual(['Intro', 'What is distributed tracing?', 'TraceQL in Grafana Tempo']);
  });

  it('gives the transcript a page with its headings kept, one level under the page title, and the cleaned-up text only', () => {
    expect(transcript).toContain('<h1 data-pagefind-meta="title">Transcript: Structured metadata deep dive</h1>');
    expect(transcript).toContain('<h2 id="loki-community-call---august-edition">Loki Community Call - August Edition</h2>');
    expect(transcript).toContain('<h3 id="scaling-queriers-with-keda">Scaling queriers with KEDA</h3>');
    expect(transcript).toContain(`<a href="/${METADATA}/">← Back to the episode</a>`);
    expect(transcript).toContain('Generated from the video&#39;s captions and cleaned up by a program');
    // The raw captions say the same without punctuation: they are not shown as well.
    expect(transcript).not.toContain('call today is all about');
  });

  it('adds the raw captions, collapsed, when the cleaned-up text is a much shorter version of them, and not otherwise', () => {
    const shorter = read('episodes/2/transcript/index.html');
    expect(shorter).toContain('<details class="transcript-captions"><summary data-pagefind-ignore>The video&#39;s captions: everything that was said</summary><h2 id="full-captions">The video&#39;s captions</h2>');
    expect(shorter).toContain('tail sampling keeps the slow traces');
    expect(read('episodes/2/transcript.txt')).toContain('The video\'s captions, as YouTube wrote them:\n\nthe spanmetrics connector');
    // The structured metadata transcript's text says all its captions say: they are not shown as well.
    expect(transcript).not.toContain('transcript-captions');
  });

  it('is public text to the leak guard: what a note\'s internal checklist says and the host said on the show is no leak', () => {
    // The note withholds "How do you pronounce your name, Zoë?" (Just before the show); the host asked it on stream.
    expect(transcript).toContain('Today is all about structured metadata. How do you pronounce your name, Zoë?');
  });

  it('passes the transcript through the notes\' sanitising: no script, no iframe from it', () => {
    expect(transcript).not.toContain('owned');
    expect(transcript).not.toContain('evil.example');
    expect(transcript.match(/<iframe/g)).toBeNull();
  });

  it('shows the raw captions, as paragraphs of text, when a transcript has no cleaned-up text (the oldest shape)', () => {
    const oldest = read('episodes/1/transcript/index.html');
    expect(oldest).toContain('<div class="transcript-text prose"><p>hello everyone and welcome today we install Loki from scratch we used to keep the index in boltdb');
    expect(oldest).toContain('YouTube&#39;s captions of the video, as they are');
  });

  it('ties a transcript to its episode by the video it names, whatever the file is called', () => {
    expect(read('episodes/2/transcript/index.html')).toContain('The spanmetrics connector gives you request rates');
  });

  it('publishes the transcript as plain text too, without markup', () => {
    const text = read(`${METADATA}/transcript.txt`);
    expect(text.startsWith(`Structured metadata deep dive\n${SITE}/${METADATA}/\nGenerated from the video's captions.\n\nLoki Community Call - August Edition\n\nJay:\nWelcome to the August Loki community call.`)).toBe(true);
    expect(text).not.toMatch(/\*\*|<script|<iframe|^#/m);
  });
});

describe('a transcript that publishes nothing', () => {
  const texts = outputTexts();

  it('of an upcoming episode: no page, no summary, not a word in any output file or the search index', () => {
    expect(existsSync(sitePath('fixtures', 'episodes/5/transcript/index.html'))).toBe(false);
    expect(read('episodes/5/index.html')).not.toContain('transcript-summary');
    expect([...texts].filter(([, text]) => /zeppelin/i.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('of a video that is no episode, or with no video at all', () => {
    expect([...texts].filter(([, text]) => /vulture|Office Hours teaser/i.test(text)).map(([path]) => path)).toEqual([]);
  });
});

describe('searching what was said', () => {
  it('finds the episode by a word only its transcript has, titled as its transcript, with its poster, number and guests', () => {
    for (const [url, content] of Object.entries({ '/episodes/1/': 'boltdb', '/episodes/2/': 'request rates' })) {
      expect(indexedPage(url)?.content).not.toContain(content);
    }
    const oldest = indexedPage('/episodes/1/transcript/')!;
    expect(oldest.content).toContain('we used to keep the index in boltdb');
    expect(oldest.meta).toMatchObject({ title: 'Transcript: Getting started with Grafana Loki', number: '1', date: '5 May 2023', guests: 'with Jane Doe and Sam Rivera' });
    expect(oldest.meta.image).toMatch(/^\/posters\/.+\.jpg$/);
  });

  it('finds what was said only in the captions, under their heading', () => {
    const page = indexedPage('/episodes/2/transcript/')!;
    expect(page.content).toContain('tail sampling keeps the slow traces');
    expect(page.anchors.map((anchor) => anchor.id)).toContain('full-captions');
  });

  it('links a match to its place: each heading of the transcript is an anchor of the result', () => {
    const page = indexedPage(`/${METADATA}/transcript/`)!;
    expect(page.anchors.map((anchor) => [anchor.id, anchor.text])).toEqual([
      ['loki-community-call---august-edition', 'Loki Community Call - August Edition'],
      ['what-structured-metadata-is', 'What structured metadata is'],
      ['scaling-queriers-with-keda', 'Scaling queriers with KEDA'],
    ]);
    expect(page.content).toContain('We scale the queriers with KEDA on the length of the query queue');
  });

  it('indexes only the transcript\'s words on its page, under its episode\'s filters, so a filtered search finds what was said', () => {
    const page = indexedPage('/episodes/2/transcript/')!;
    const episode = indexedPage('/episodes/2/')!;
    // And `kind: transcript`, which the search page never lists and its listing leaves out (src/lib/search/page-kind.ts).
    const { kind, ...filters } = page.filters;
    expect(kind).toEqual(['transcript']);
    expect(filters).toEqual(episode.filters);
    expect(Object.keys(filters).sort()).toEqual(['guest', 'show', 'topic', 'year']);
    expect(page.content).not.toMatch(/Back to the episode|Plain text|Tracing with Tempo\. Transcript/);
  });

  it('keeps transcript pages in a search bundle of their own, which the listing before anything is typed leaves out', () => {
    const episodes = bundlePages('pagefind').map((fragment) => fragment.url);
    const transcripts = bundlePages('pagefind-transcripts').map((fragment) => fragment.url).sort();
    expect(episodes.filter((url) => url.includes('/transcript/'))).toEqual([]);
    expect(episodes).toContain('/episodes/2/');
    expect(transcripts).toEqual(['/episodes/1/transcript/', '/episodes/2/transcript/', `/${METADATA}/transcript/`, '/episodes/loki-community-call/2024-05-21-log-cache/transcript/'].sort());
    const config = read('search/index.html').match(/<pagefind-config[^>]*>/)?.[0];
    expect(config).toContain('data-transcripts-bundle="/pagefind-transcripts/"');
    expect(config).toContain('data-transcript-languages="en"');
  });
});

describe('the feeds', () => {
  const feed = parseRssFeed(read('rss.xml'));
  const item = (path: string) => feed.items?.find((entry) => entry.link === `${SITE}/${path}`);

  it('give each episode with a transcript podcast:transcript, as HTML and plain text', () => {
    expect(item('episodes/1/')?.podcast?.transcripts).toEqual([
      { url: `${SITE}/episodes/1/transcript/`, type: 'text/html', language: 'en' },
      { url: `${SITE}/episodes/1/transcript.txt`, type: 'text/plain', language: 'en' },
    ]);
    expect(item('episodes/3/')?.podcast?.transcripts).toBeUndefined();
    for (const transcript of item('episodes/1/')?.podcast?.transcripts ?? []) {
      expect(existsSync(sitePath('fixtures', new URL(transcript.url!).pathname.replace(/\/$/, '/index.html')))).toBe(true);
    }
  });

  it('name the hosts and guests with podcast:person, on the channel and on each item', () => {
    expect(feed.podcast?.persons).toEqual([
      { display: 'Nicole van der Hoeven', role: 'host', group: 'cast' },
      { display: 'Jay Clifford', role: 'host', group: 'cast' },
      { display: 'Leandro Melendez', role: 'host', group: 'cast' },
      { display: 'Marie Cruz', role: 'host', group: 'cast' },
    ]);
    expect(item('episodes/1/')?.podcast?.persons).toEqual([
      { display: 'Nicole van der Hoeven', role: 'host', group: 'cast' },
      { display: 'Jane Doe', role: 'guest', group: 'cast', href: `${SITE}/guests/jane-doe/` },
      { display: 'Sam Rivera', role: 'guest', group: 'cast', href: `${SITE}/guests/sam-rivera/` },
    ]);
  });

  it('are all listed in /feeds.opml: the site\'s, each show\'s, guest\'s and topic\'s', () => {
    const xml = read('feeds.opml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const opml = parseOpml(xml);
    const listed = (opml.body?.outlines ?? []).flatMap((outline) => [outline, ...(outline.outlines ?? [])]).flatMap((outline) => (outline.xmlUrl ? [new URL(outline.xmlUrl).pathname.slice(1)] : []));
    const built = readdirSync(sitePath('fixtures', ''), { recursive: true, encoding: 'utf8' }).filter((path) => /(^|\/)rss\.xml$/.test(path)).sort();
    expect(listed.sort()).toEqual(built);
    expect(built).toEqual(expect.arrayContaining(['rss.xml', 'shows/loki-community-call/rss.xml', 'guests/jane-doe/rss.xml', 'topics/loki/rss.xml']));
    expect((opml.body?.outlines ?? []).map((outline) => outline.text)).toEqual(['Grafana Community Livestreams', 'Shows', 'Guests', 'Topics']);
  });
});

describe('episodes whose note has no timestamps, or whose transcript is huge (a build of their own)', () => {
  const work = mkdtempSync(join(tmpdir(), 'transcript-chapters-'));
  const outDir = resolve(TEST_SITES_DIR, 'transcript-chapters');
  let result: { status: number; output: string };
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  beforeAll(() => {
    mkdirSync(join(work, 'episodes'));
    mkdirSync(join(work, 'transcripts'));
    writeFileSync(join(work, 'episodes', 'GOH-07.md'), ['---', 'url: https://youtu.be/CHAPTERS007', 'date: 2024-05-03', '---',
      '# [[GOH 07 - Chapters from the captions]]', '', 'Guest:: Jane Doe', '', '## Talking points', '', '- Why chapters help', ''].join('\n'));
    writeFileSync(join(work, 'transcripts', 'chapters.md'), ['# Chapters from the captions (Grafana Office Hours #7)', '', 'Published on 2024-05-03T17:00:00Z', '',
      'URL: https://www.youtube.com/watch?v=CHAPTERS007', '', '## Summary', '', 'A short summary.', '', '## Chapters', '',
      '00:00:00 Welcome  ', '00:03:15 Why chapters help  ', '', '# Transcript', '', 'Hello and welcome.', ''].join('\n'));
    // A transcript of 400 KB: the script gone wrong. The page shows its first 256 KB and says so.
    writeFileSync(join(work, 'episodes', 'GOH-08.md'), ['---', 'url: https://youtu.be/HUGEHUGE008', 'date: 2024-05-10', '---',
      '# [[GOH 08 - A very long stream]]', '', 'Guest:: Jane Doe', '', '## Talking points', '', '- Everything', ''].join('\n'));
    const paragraph = 'We kept talking about retention and compaction for a very long time on this stream. '.repeat(10);
    writeFileSync(join(work, 'transcripts', 'huge.md'), ['# A very long stream', '', 'URL: https://youtu.be/HUGEHUGE008', '', '# Transcript', '',
      ...Array.from({ length: 480 }, (_, index) => `Paragraph ${index}. ${paragraph}\n`)].join('\n'));
    result = buildSite(outDir, {
      ARCHIVE_NOW: '2026-11-24T00:00:00Z', EPISODES_DIR: join(work, 'episodes'), TRANSCRIPTS_DIR: join(work, 'transcripts'),
      GUESTS_DIR: 'tests/fixtures/archive/guests', ARCHIVE_CACHE_DIR: join(work, 'cache'), EPISODE_URLS_FILE: join(work, 'urls.json'),
    });
  });

  it('takes the transcript\'s chapters, seekable and marked as generated', () => {
    expect(result.status, result.output.slice(-2000)).toBe(0);
    const page = readFileSync(join(outDir, 'episodes/7/index.html'), 'utf8');
    expect(page).toContain('<p class="generated" data-pagefind-ignore>Generated from the video&#39;s captions.</p>');
    expect(page).toContain('<h3 class="chapter" id="t-195"><a href="https://www.youtube.com/watch?v=CHAPTERS007&amp;t=195s" data-start="195"><time datetime="PT195S">3:15</time> <span>Why chapters help</span></a></h3>');
    expect(JSON.parse(readFileSync(join(outDir, 'episodes/7/chapters.json'), 'utf8')).chapters).toEqual([
      { startTime: 0, title: 'Welcome', url: 'https://www.youtube.com/watch?v=CHAPTERS007' },
      { startTime: 195, title: 'Why chapters help', url: 'https://www.youtube.com/watch?v=CHAPTERS007&t=195s' },
    ]);
  });

  it('builds a huge transcript\'s page, cut at a paragraph with a note, and warns with the file and the fix', () => {
    expect(result.status, result.output.slice(-2000)).toBe(0);
    const page = readFileSync(join(outDir, 'episodes/8/transcript/index.html'), 'utf8');
    expect(page.length).toBeLessThan(300_000);
    expect(page).toContain('The transcript is cut here: it is longer than a page can show.');
    expect(page).toMatch(/Paragraph 3\d\d\. We kept talking/);
    expect(page).not.toContain('Paragraph 479.');
    expect(result.output).toMatch(/transcripts\/huge\.md: the transcript is 4\d\d KB, more than a page can show \(256 KB\)[^\n]*\n\s+Fix: check the file/);
  });
});
