import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feedParts } from '../../../src/lib/leak-guard/feed-parts.ts';
import { checkOutputs, type CheckResult, type OutputFile } from '../../../src/lib/leak-guard/incremental-check.ts';
import { readOutputFiles } from '../../../src/lib/leak-guard/output-files.ts';
import { collectSecrets } from '../../../src/lib/leak-guard/secrets.ts';

const secrets = collectSecrets([{
  file: 'GOH-26.md', episode: '26', publicText: '',
  withheld: [{ reason: 'internal section', section: 'Checklist', line: 9, texts: ['Book the Streamyard studio for Monday'] }],
}]);

/** A feed as ours are written: the channel's head, items with escaped HTML in content:encoded, the tail. */
function feed(items: readonly string[], head = '<title>Grafana Office Hours</title>', tail = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>${head}`
    + `<link>https://example.org/</link>${items.join('')}${tail}</channel></rss>`;
}

function item(episode: number, html: string, title = `Episode ${episode}`): string {
  return `<item><title>${title}</title><link>https://example.org/episodes/${episode}/</link><guid isPermaLink="true">https://example.org/episodes/${episode}/</guid>`
    + `<description>${title} with a guest.</description><content:encoded>${html}</content:encoded></item>`;
}

const escaped = (html: string) => html.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const publicItems = [
  item(1, escaped('<h2>Talking points</h2><ul><li>Tracing with Tempo, from spans to service graphs</li></ul>')),
  item(2, escaped('<h2>Chapters</h2><ol><li><a href="https://www.youtube.com/watch?v=x&amp;t=3s">0:03</a> Logs in Loki</li></ol>')),
  item(3, `<![CDATA[<p>Profiles in <em>Pyroscope</em>, &lt;b&gt; and all</p>]]>`),
];

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The site's files written to a folder and checked twice: as the guard reads them (feeds in parts), and every file read whole. */
function checkBothWays(site: Record<string, string>): { inParts: CheckResult; whole: CheckResult } {
  const folder = mkdtempSync(join(tmpdir(), 'feed-parts-'));
  folders.push(folder);
  for (const [path, content] of Object.entries(site)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  const files = [...readOutputFiles(folder)].sort((left, right) => left.path.localeCompare(right.path));
  const wholeFiles: OutputFile[] = files.map(({ path, digest, readText }) => ({ path, digest, readText }));
  return { inParts: checkOutputs(files, secrets, undefined), whole: checkOutputs(wholeFiles, secrets, undefined) };
}

const leaksOf = (result: CheckResult) => result.leaks.map((leak) => `${leak.outputFile}: ${leak.secret.text}`).sort();

describe('the leak guard reads each distinct feed item once', () => {
  it('finds a withheld text inside one item of a feed, as reading the whole feed does', () => {
    const leaky = item(4, escaped('<ul><li>Book the <em>Streamyard</em> studio for Monday</li></ul>'));
    const { inParts, whole } = checkBothWays({ 'rss.xml': feed([...publicItems, leaky]) });
    expect(leaksOf(inParts)).toEqual(['rss.xml: Book the Streamyard studio for Monday']);
    expect(leaksOf(inParts)).toEqual(leaksOf(whole));
    expect(inParts.parts.read).toBeGreaterThan(4);
  });

  it('reports an item repeated in several feeds in each of them, reading it once', () => {
    const leaky = item(4, escaped('<p>Book the Streamyard studio for Monday</p>'));
    const { inParts, whole } = checkBothWays({
      'rss.xml': feed([leaky, ...publicItems]),
      'topics/tempo/rss.xml': feed([leaky, publicItems[0]!], '<title>Tempo</title>'),
      'guests/lee/rss.xml': feed([leaky], '<title>Lee</title>'),
    });
    expect(leaksOf(inParts)).toEqual([
      'guests/lee/rss.xml: Book the Streamyard studio for Monday',
      'rss.xml: Book the Streamyard studio for Monday',
      'topics/tempo/rss.xml: Book the Streamyard studio for Monday',
    ]);
    expect(leaksOf(inParts)).toEqual(leaksOf(whole));
    // The leaky item and item 1 were read once each, and served to the other feeds.
    expect(inParts.parts.reused).toBeGreaterThanOrEqual(3);
  });

  // Where in a feed a withheld text can be: each case's feeds, and the leaks both readings must report.
  const placesInAFeed: { finds: string; feeds: Record<string, string>; leaks: string[] }[] = [
    {
      finds: 'a withheld text split by CDATA, escaped markup and inline tags, but never joins two items',
      feeds: {
        'cdata.xml': feed([...publicItems, item(4, '<![CDATA[<p>Book the <![CDATA[Streamyard]]> <em>studio</em> for Monday</p>]]>')]),
        'escaped-in-cdata.xml': feed([item(4, `<![CDATA[${escaped('<p>Book the <strong>Streamyard</strong> studio&nbsp;for Monday</p>')}]]>`)]),
        'title.xml': feed([item(4, '', 'Book the &lt;em&gt;Streamyard&lt;/em&gt; studio for Monday')]),
        'two-items.xml': feed(['<item>Book the Streamyard</item><item>studio for Monday</item>', '<item>Book the Streamyard</item>\n<item>studio for Monday</item>']),
      },
      leaks: [
        'cdata.xml: Book the Streamyard studio for Monday',
        'escaped-in-cdata.xml: Book the Streamyard studio for Monday',
        'title.xml: Book the Streamyard studio for Monday',
      ],
    },
    {
      finds: "a withheld text in the channel's head and in the tail after the last item",
      feeds: {
        'head.xml': feed(publicItems, '<title>Office Hours</title><description>Book the Streamyard studio for Monday</description>'),
        'tail.xml': feed(publicItems, undefined, '<podcast:person role="host">Book the Streamyard studio for Monday</podcast:person>'),
        'tail-attribute.xml': feed(publicItems, undefined, '<atom:link href="https://example.org/" title="Book the Streamyard studio for Monday"/>'),
      },
      leaks: [
        'head.xml: Book the Streamyard studio for Monday',
        'tail-attribute.xml: Book the Streamyard studio for Monday',
        'tail.xml: Book the Streamyard studio for Monday',
      ],
    },
  ];
  for (const { finds, feeds, leaks } of placesInAFeed) {
    it(`finds ${finds}`, () => {
      const { inParts, whole } = checkBothWays(feeds);
      expect(leaksOf(inParts)).toEqual(leaks);
      expect(leaksOf(inParts)).toEqual(leaksOf(whole));
    });
  }

  it('does not take the reading of an item for another with different bytes', () => {
    // Two items of the same length and the same episode, one word apart: the first read is clean.
    const clean = item(4, escaped('<p>Book the Streamyard studio for Sunday</p>'));
    const leaky = item(4, escaped('<p>Book the Streamyard studio for Monday</p>'));
    expect(clean.length).toBe(leaky.length);
    const { inParts, whole } = checkBothWays({ 'a/rss.xml': feed([clean, ...publicItems]), 'b/rss.xml': feed([leaky, ...publicItems]) });
    expect(leaksOf(inParts)).toEqual(['b/rss.xml: Book the Streamyard studio for Monday']);
    expect(leaksOf(whole)).toEqual(leaksOf(inParts));
  });

  it('keeps the same clean record as reading every file whole', () => {
    const site = {
      'rss.xml': feed(publicItems),
      'topics/tempo/rss.xml': feed([publicItems[0]!, publicItems[2]!], '<title>Tempo</title>'),
      'guests/lee/rss.xml': feed([publicItems[1]!], '<title>Lee &amp; friends</title>'),
      'sitemap-0.xml': '<?xml version="1.0"?><urlset><url><loc>https://example.org/episodes/1/</loc></url></urlset>',
      'episodes/1/index.html': '<p>Tracing with Tempo</p>',
    };
    const { inParts, whole } = checkBothWays(site);
    expect(inParts.record).toBeDefined();
    expect(inParts.record).toEqual(whole.record);
    expect(inParts.parts.reused).toBeGreaterThan(0);
    // A different word in one item gives a different record.
    const changed = checkBothWays({ ...site, 'guests/lee/rss.xml': feed([publicItems[1]!.replace('Loki', 'Mimir')], '<title>Lee &amp; friends</title>') });
    expect(changed.inParts.record).toEqual(changed.whole.record);
    expect(changed.inParts.record!.files['guests/lee/rss.xml']).not.toEqual(inParts.record!.files['guests/lee/rss.xml']);
  });
});

describe('a feed the guard reads whole, because its parts could read differently apart', () => {
  it('reads a feed with a comment whole: a comment between two items joins their texts', () => {
    // In the whole file the comment is one tag, read as a space: "Book the Streamyard studio for Monday" is one text.
    const joined = feed(['<item><title>Book the Streamyard<!-- </item><item> -->studio for Monday</title></item>']);
    expect(feedParts(Buffer.from(joined))).toBeUndefined();
    const { inParts, whole } = checkBothWays({ 'rss.xml': joined });
    expect(leaksOf(whole)).toEqual(['rss.xml: Book the Streamyard studio for Monday']);
    expect(leaksOf(inParts)).toEqual(leaksOf(whole));
  });

  it('reads a feed whole when escaped markup opens a tag that closes only past its text', () => {
    // Item 1's title ends with an escaped "<b" whose tag would close at the ">" in its link's title:
    // read alone, the item would lose that title's words. In the whole feed, the "<" of item 2's
    // title comes first, so the tag never closes and the words are read.
    const opening = '<item><title>Intro &lt;b</title><link title="Book the Streamyard studio for Monday &gt;">https://example.org/1/</link></item>';
    const { inParts, whole } = checkBothWays({ 'rss.xml': feed([opening, '<item><title>1 &lt; 2</title></item>']) });
    expect(leaksOf(whole)).toEqual(['rss.xml: Book the Streamyard studio for Monday']);
    expect(leaksOf(inParts)).toEqual(leaksOf(whole));
  });

  it('does not cut at what only looks like an item tag', () => {
    expect(feedParts(Buffer.from('<rss><channel><items><title>x</title></items></channel></rss>'))).toBeUndefined();
    expect(feedParts(Buffer.from('<rss><channel><item title="a <b>">x</item></channel></rss>'))?.map(String)).toEqual(['<rss><channel><item title="a <b>">x</item>', '</channel></rss>']);
    // "]]>" is dropped before tags are read, so its ">" closes no item tag.
    expect(feedParts(Buffer.from('<rss><![CDATA[</item]]>x</rss>'))).toBeUndefined();
    expect(feedParts(Buffer.from('<rss><script type="application/ld+json">{}</script><item>x</item></rss>'))).toBeUndefined();
  });
});
