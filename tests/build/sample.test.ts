import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sitePath } from '../support/sites.ts';

const episodePage = () => readFileSync(sitePath('sample', 'episodes/26/index.html'), 'utf8');

describe('the sample archive build', () => {
  it('renders the reference episode at /episodes/26/ with its title and guest', () => {
    const html = episodePage();
    expect(html).toContain('How to do continuous profiling right, with Grafana Pyroscope &amp; Ryan Perry');
    expect(html).toContain('href="/guests/ryan-perry/"');
    expect(html).toContain('What is continuous profiling?');
  });

  it('publishes none of the checklist, pre-show or template text', () => {
    const html = episodePage();
    for (const internal of ['Streamyard', 'Slack message', 'pronounce your name', 'Enumerate talking points', 'Canva', '&lt;name&gt;', 'Add timestamps to the video']) {
      expect(html).not.toContain(internal);
    }
  });

  it('loads no script or frame from YouTube in the page source', () => {
    const html = episodePage();
    expect(html).not.toMatch(/<iframe/);
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toContain('i.ytimg.com');
  });

  it('describes the episode for search engines and social cards', async () => {
    const html = episodePage();
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/episodes\/26\/">/);
    const ogImage = /<meta property="og:image" content="https:\/\/[^"]+\/posters\/([0-9a-f]{24}\.jpg)">/.exec(html);
    expect(ogImage).not.toBeNull();
    expect(html).toContain(`<meta property="og:image:width" content="1200">`);
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
    expect(jsonLd.map((data) => data['@type'])).toEqual(['VideoObject', 'BreadcrumbList']);
    const poster = await sharp(sitePath('sample', `posters/${ogImage![1]}`)).metadata();
    expect([poster.format, poster.width, poster.height]).toEqual(['jpeg', 1200, 630]);
    // Everyone on screen is a Person: the guest (with their page) and the host.
    expect(jsonLd[0].actor).toEqual([
      { '@type': 'Person', name: 'Ryan Perry', url: expect.stringMatching(/\/guests\/ryan-perry\/$/) },
      { '@type': 'Person', name: 'Nicole van der Hoeven' },
    ]);
  });
});
