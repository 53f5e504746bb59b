import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { posterKey, renderPoster, wrapWords, type PosterFacts } from '../../../src/lib/seo/poster.ts';

const facts: PosterFacts = { showName: 'Grafana Office Hours', label: '#26', title: 'How to do continuous profiling right', guests: ['Ryan Perry'], date: '2024-01-19', upcoming: false };

describe('episode posters', () => {
  it('are 1200x630 images drawn locally, in PNG and WebP', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-'));
    for (const format of ['png', 'webp'] as const) {
      const metadata = await sharp(await renderPoster(facts, format, cache)).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual([format, 1200, 630]);
    }
  });

  it('are cached by a hash of their facts, so an unchanged poster is not redrawn', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-'));
    const first = await renderPoster(facts, 'png', cache);
    expect(readdirSync(cache)).toEqual([`${posterKey(facts, 'png')}.png`]);
    expect((await renderPoster(facts, 'png', cache)).equals(first)).toBe(true);
    await renderPoster({ ...facts, title: 'A new title' }, 'png', cache);
    expect(readdirSync(cache)).toHaveLength(2);
    expect(posterKey(facts, 'png')).not.toBe(posterKey({ ...facts, title: 'A new title' }, 'png'));
  });

  it('wraps long titles into at most three lines, ending a cut title with an ellipsis', () => {
    expect(wrapWords('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    const cut = wrapWords('alpha beta gamma delta epsilon zeta eta theta', 11, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});
