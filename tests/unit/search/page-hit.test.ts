import { describe, expect, it } from 'vitest';
import { pageHit, type PageFragment } from '../../../src/lib/search/page-hit.ts';

const transcript: PageFragment = {
  url: '/episodes/26/transcript/',
  content: 'Transcript: Loki. Intro. Hello everyone. Scaling. We split tenants with shuffle sharding (shuffle sharding) so one noisy tenant <b> stays alone.',
  meta: { title: 'Transcript: Loki', episode: 'Loki' },
  filters: { guest: ['Ryan Perry'], topic: ['Loki'] },
  anchors: [
    { element: 'h2', id: 'intro', text: 'Intro.', location: 2 },
    { element: 'h2', id: 'scaling', text: 'Scaling.', location: 5 },
  ],
};

describe('a page checked against the typed words', () => {
  it('is dropped when it shows none of them', () => {
    expect(pageHit(transcript, ['perros'], 'en')).toBeUndefined();
    expect(pageHit(transcript, ['k'], 'en')).toBeUndefined();
  });

  it('marks the typed words in an excerpt around them, escaping the text', () => {
    const hit = pageHit(transcript, ['shuffle', 'sharding'], 'en')!;
    expect(hit.excerpt).toContain('<mark>shuffle</mark> <mark>sharding</mark> <mark>(shuffle</mark> <mark>sharding)</mark>');
    expect(hit.excerpt).toContain('&lt;b&gt;');
    expect(hit.matchedWords).toEqual(['shuffle', 'sharding']);
  });

  it('lists the headings whose text holds a typed word, with a link to each', () => {
    const hit = pageHit(transcript, ['sharding'], 'en')!;
    expect(hit.sections.map((section) => [section.title, section.url])).toEqual([['Scaling.', '/episodes/26/transcript/#scaling']]);
  });

  it('says when a typed word is in a guest\'s name or a topic', () => {
    expect(pageHit({ ...transcript, content: `${transcript.content} Perry` }, ['perry'], 'en')!.inHeadline).toBe(true);
    expect(pageHit(transcript, ['hello'], 'en')!.inHeadline).toBe(false);
  });
});
