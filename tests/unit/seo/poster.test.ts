import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { posterKey, renderPoster, wrapWords, type PosterFacts } from '../../../src/lib/seo/poster.ts';

const facts: PosterFacts = { showName: 'Grafana Office Hours', label: '#26', title: 'How to do continuous profiling right', guests: ['Ryan Perry'], date: '2024-01-19', upcoming: false };

describe('episode posters', () => {
  it('are 1200x630 JPEG images drawn locally, small enough for a card', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-'));
    const image = await renderPoster(facts, 'jpg', cache);
    const metadata = await sharp(image).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 630]);
    expect(image.length).toBeLessThan(60_000);
  });

  it('are cached by a hash of their facts, so an unchanged poster is not redrawn', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-'));
    const first = await renderPoster(facts, 'jpg', cache);
    expect(readdirSync(cache)).toEqual([`${posterKey(facts)}.jpg`]);
    expect((await renderPoster(facts, 'jpg', cache)).equals(first)).toBe(true);
    await renderPoster({ ...facts, title: 'A new title' }, 'jpg', cache);
    expect(readdirSync(cache)).toHaveLength(2);
    expect(posterKey(facts)).not.toBe(posterKey({ ...facts, title: 'A new title' }));
  });

  it('wraps long titles into at most three lines, ending a cut title with an ellipsis', () => {
    expect(wrapWords('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    const cut = wrapWords('alpha beta gamma delta epsilon zeta eta theta', 11, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});
