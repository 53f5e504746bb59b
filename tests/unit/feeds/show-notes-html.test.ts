import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { showNotesHtml, type ShowNotesEpisode } from '../../../src/lib/feeds/show-notes-html.ts';

const links = { page: 'https://example.org/episodes/7/', guest: (name: string) => `https://example.org/guests/${name}/`, absolute: (path: string) => `https://example.org${path}` };

function episodeWith(points: ShowNotesEpisode['talkingPoints'][number]['points']): ShowNotesEpisode {
  return { videoId: null, guests: [], hosts: [], chapters: [], links: [], talkingPoints: [{ points }] };
}

// Talking points as the note parser writes them (hast-util-to-html): marks, entities, code, links of every kind.
const written = [
  'Why <strong>tracing</strong> &#x26; metrics?',
  'Use <code>rate()</code> over <code>irate()</code> &#x3C; 5m',
  'See <a href="https://grafana.com/docs/">the docs</a>, <em>then</em> ask',
  'Compare with <a href="/episodes/22/">GOH #22</a> and <a href="/guests/ryan-perry/">Ryan Perry</a>',
  'A "quoted" word, an emoji 🎉 and café',
];

describe('the show notes of a feed item', () => {
  it('make a talking point\'s links to the site absolute, nested points included', () => {
    const html = showNotesHtml(episodeWith([{ html: written[3]!, children: [{ html: 'Back to <a href="/episodes/">all episodes</a>', children: [] }] }]), links);
    expect(html).toContain('<a href="https://example.org/episodes/22/">GOH #22</a>');
    expect(html).toContain('<a href="https://example.org/guests/ryan-perry/">Ryan Perry</a>');
    expect(html).toContain('<a href="https://example.org/episodes/">all episodes</a>');
    expect(html).not.toMatch(/href="\//);
  });

  it('write every talking point as parsing it and writing it again would', () => {
    const points = written.map((html) => ({ html, children: [] }));
    const html = showNotesHtml(episodeWith(points), links);
    for (const point of written) {
      const reparsed = fromHtml(point, { fragment: true });
      for (const node of reparsed.children) {
        if (node.type === 'element' && typeof node.properties.href === 'string' && node.properties.href.startsWith('/')) node.properties.href = links.absolute(node.properties.href);
      }
      expect(html, point).toContain(`<li>${toHtml(reparsed)}</li>`);
    }
  });
});
