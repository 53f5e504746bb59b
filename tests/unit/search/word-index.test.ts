import { describe, expect, it } from 'vitest';
import { pageHit, type PageFragment } from '../../../src/lib/search/page-hit.ts';
import { typedWords } from '../../../src/lib/search/typed-words.ts';
import { buildWordIndex, chunkKeyOf, decodePlaces, encodePlaces, filtersOf, pagesShowing } from '../../../src/lib/search/word-index.ts';

function fragment(url: string, content: string, filters: Record<string, string[]> = {}, title = url): { id: string; fragment: PageFragment } {
  return { id: `x_${url.replace(/\W/g, '')}`, fragment: { url, content, meta: { title }, filters } };
}

const english = [
  fragment('/episodes/1/', 'Running queries over logs (shuffle sharding). K is a letter.', { guest: ['Ryan Perry'], show: ['Loki Community Call'] }, 'Scaling Loki'),
  fragment('/episodes/2/', 'Dashboards and a dash of Grafana. Ryan Perry explains KEDA.', { show: ['Grafana Office Hours'], year: ['2024'] }, 'Dashboards'),
  fragment('/episodes/3/transcript/', 'Transcript: so we shard the tenants, said Perry.', { kind: ['transcript'] }, 'Transcript: Scaling'),
];
const spanish = [
  fragment('/episodes/ccg/1/', 'Comida para perros! Los perros y las canciones.', { show: ['Café con Grafana'] }, 'Comida para perros'),
];

function found(pages: ReturnType<typeof fragment>[], term: string, language: string): string[] {
  const { pages: table, chunks } = buildWordIndex(pages, language);
  return [...pagesShowing(chunks, typedWords(term), language).shown].map((place) => table.urls[place]!);
}

describe('the search\'s word lists', () => {
  it('find a typed word and its inflections in the page\'s own language, and nothing else', () => {
    expect(found(english, 'query', 'en')).toEqual(['/episodes/1/']);
    expect(found(english, 'dashboards', 'en')).toEqual(['/episodes/2/']);
    // Not a lone letter, not a prefix, not another language's stem.
    expect(found(english, 'keda', 'en')).toEqual(['/episodes/2/']);
    expect(found(english, 'dashb', 'en')).toEqual([]);
    expect(found(spanish, 'perro', 'es')).toEqual(['/episodes/ccg/1/']);
    expect(found(spanish, 'Perry', 'es')).toEqual([]);
    // A guest named only in the filters is not shown by the page's text.
    expect(found(english, 'Ryan Perry', 'en')).toEqual(['/episodes/2/', '/episodes/3/transcript/']);
  });

  it('agree with the page check on every page and typed word (one rule for both)', () => {
    const terms = ['query', 'queries', 'perry', 'perros', 'perro', 'k', 'keda', 'shard', 'sharding', 'dash', 'dashboard', 'grafana', 'canción', 'Canciones', 'transcript'];
    for (const [pages, language] of [[english, 'en'], [spanish, 'es'], [english, 'es']] as const) {
      const { chunks } = buildWordIndex(pages, language);
      for (const term of terms) {
        const typed = typedWords(term);
        const { shown, headline } = pagesShowing(chunks, typed, language);
        pages.forEach(({ fragment: page }, place) => {
          const hit = pageHit(page, typed, language);
          expect(shown.has(place), `${term} on ${page.url} in ${language}`).toBe(hit !== undefined);
          if (hit) expect(headline.has(place), `${term} in the headline of ${page.url}`).toBe(hit.inHeadline);
        });
      }
    }
  });

  it('say when a typed word is in the title, a guest\'s name or a topic', () => {
    const { chunks } = buildWordIndex(english, 'en');
    // Page 0 has Perry as a guest but never shows the name: it is no result, so it ranks nowhere.
    expect([...pagesShowing(chunks, ['perry'], 'en').headline]).toEqual([]);
    expect([...pagesShowing(chunks, ['dashboards'], 'en').headline]).toEqual([1]);
  });

  it('keep each page\'s filters and file each stem under its first letters', () => {
    const { pages, chunks } = buildWordIndex(english, 'en');
    expect(filtersOf(pages, 1)).toEqual({ show: ['Grafana Office Hours'], year: ['2024'] });
    expect(filtersOf(pages, 2)).toEqual({ kind: ['transcript'] });
    expect(Object.keys(chunks.get('da')!)).toEqual(['dash', 'dashboard']);
    expect(chunkKeyOf('dashboard')).toBe('da');
    expect(chunkKeyOf('日本')).toBe('u65e5');
  });

  it('write places as gaps and read them back', () => {
    const places = [0, 1, 2, 40, 41, 1000];
    expect(encodePlaces(places)).toBe('1.1.1.12.1.qn');
    expect(decodePlaces(encodePlaces(places))).toEqual(places);
    expect(decodePlaces('')).toEqual([]);
  });
});
