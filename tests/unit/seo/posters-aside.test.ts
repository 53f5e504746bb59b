import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { posterFileName, type PosterFacts } from '../../../src/lib/seo/poster-facts.ts';
import { renderPoster } from '../../../src/lib/seo/poster.ts';
import { drawPostersAside } from '../../../src/lib/seo/posters-aside.ts';

const posters: PosterFacts[] = Array.from({ length: 45 }, (_, index) => ({
  showName: 'Grafana Office Hours', label: `#${index + 1}`, title: `Episode ${index + 1}: dashboards that answer questions`, date: '2024-01-19', upcoming: false,
}));

describe('posters drawn aside (on a worker thread when there are many)', () => {
  it('draws each missing poster once, the same image as one drawn on this thread, and reuses the cache after', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-aside-'));
    const drawn = await drawPostersAside([...posters, posters[0]!], cache);
    expect(drawn).toHaveLength(45);
    expect(drawn.every((poster) => poster.drawn)).toBe(true);
    expect(readdirSync(cache).sort()).toEqual(posters.map((facts) => posterFileName(facts)).sort());
    const here = mkdtempSync(join(tmpdir(), 'posters-here-'));
    expect((await renderPoster(posters[7]!, here)).equals(readFileSync(join(cache, posterFileName(posters[7]!))))).toBe(true);
    const again = await drawPostersAside(posters, cache);
    expect(again.filter((poster) => poster.drawn)).toEqual([]);
  });

  it('draws only the posters missing from the cache, and lists every poster once in the list\'s order, the cached ones as not drawn', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-aside-'));
    await drawPostersAside(posters, cache);
    const lost = [posters[3]!, posters[30]!].map((facts) => posterFileName(facts));
    for (const file of lost) rmSync(join(cache, file));
    const drawn = await drawPostersAside([...posters, posters[3]!], cache);
    expect(drawn.map((poster) => poster.file)).toEqual(posters.map((facts) => posterFileName(facts)));
    expect(drawn.filter((poster) => poster.drawn).map((poster) => poster.file)).toEqual(lost);
    expect(drawn.every((poster) => poster.path === join(cache, poster.file))).toBe(true);
    expect(readdirSync(cache).sort()).toEqual(posters.map((facts) => posterFileName(facts)).sort());
  });
});
