import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { wrapList, wrapWords } from '../../../src/lib/seo/card-layout.ts';
import { cardPixels, measureText } from '../../../src/lib/seo/card-painter.ts';
import { BRAND_GRADIENT } from '../../../src/lib/seo/card-layout.ts';
import { drawPoster, PLAY_BAR_HEIGHT, renderPoster, type PosterFacts } from '../../../src/lib/seo/poster.ts';
import { posterLayout, siteCardLayout } from '../../../src/lib/seo/poster-layout.ts';
import { posterFactsOf, posterFileName } from '../../../src/lib/seo/poster-facts.ts';

/** The lines of text a poster shows, as drawn (its layout, read without reading pixels). */
const posterWords = (facts: PosterFacts) => posterLayout(facts, measureText).shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : [])).join('\n');

const facts: PosterFacts = { showName: 'Grafana Office Hours', label: '#26', title: 'How to do continuous profiling right', date: '2024-01-19', upcoming: false };

describe('episode posters', () => {
  it('are 1200x630 JPEG images drawn locally, small enough for a card', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-'));
    const image = await renderPoster(facts, cache);
    const metadata = await sharp(image).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', 1200, 630]);
    expect(image.length).toBeLessThan(60_000);
  });

  it('are cached by a hash of their facts, so an unchanged poster is not redrawn', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-'));
    const first = await renderPoster(facts, cache);
    expect(readdirSync(cache)).toEqual([posterFileName(facts)]);
    expect(await drawPoster(facts, cache)).toEqual({ path: join(cache, posterFileName(facts)), drawn: false });
    expect((await renderPoster(facts, cache)).equals(first)).toBe(true);
    await renderPoster({ ...facts, title: 'A new title' }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
    expect(posterFileName(facts)).not.toBe(posterFileName({ ...facts, title: 'A new title' }));
  });

  it('show what the episode is: its show, its number or else its date, and its title, not its guests (the page around it names them)', () => {
    const shows = [{ slug: 'office-hours', name: 'Grafana Office Hours' }, { slug: 'loki-community-call', name: 'Loki Community Call' }];
    const numbered = { show: 'office-hours', number: 26, title: 'Profiling', guests: ['Ryan Perry'], date: '2024-01-19', status: 'published' };
    expect(posterFactsOf(numbered, shows)).toEqual({ showName: 'Grafana Office Hours', label: '#26', title: 'Profiling', date: '2024-01-19', upcoming: false });
    const dated = { ...numbered, show: 'loki-community-call', number: null, date: '2025-08-12', status: 'upcoming' };
    expect(posterFactsOf(dated, shows)).toMatchObject({ showName: 'Loki Community Call', label: '12 August 2025', date: null, upcoming: true });
  });

  it('are drawn in the words of a show with its own language, the date written its way', () => {
    const shows = [{ slug: 'office-hours', name: 'Grafana Office Hours' }, { slug: 'cafe-con-grafana', name: 'Café con Grafana', language: 'es' }];
    const spanish = { show: 'cafe-con-grafana', number: 7, title: 'Alertas sin dolor', guests: ['Lucía Fernández'], date: '2024-01-11', status: 'upcoming' };
    const spanishFacts = posterFactsOf(spanish, shows);
    expect(spanishFacts).toEqual({ showName: 'Café con Grafana', label: '#7', title: 'Alertas sin dolor', date: '2024-01-11', upcoming: true, language: 'es' });
    const words = posterWords(spanishFacts);
    for (const text of ['Alertas sin dolor', '11 de enero de 2024', 'Próximamente · #7']) expect(words).toContain(text);
    expect(words).not.toMatch(/January|Upcoming|Lucía/);
    // A show in the site's language keeps its facts, so its posters keep their names (and are not redrawn).
    expect(posterFactsOf({ ...spanish, show: 'office-hours' }, shows)).not.toHaveProperty('language');
    expect(posterWords({ ...facts, upcoming: true })).toContain('Upcoming · #26');
    expect(posterFileName(spanishFacts)).not.toBe(posterFileName({ ...spanishFacts, language: undefined }));
  });

  it('keep the strip under the player\'s play bar free of text, whatever the title and date', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'posters-'));
    const crowded = { ...facts, title: 'How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry and many more words' };
    const brightest = async (top: number, height: number) => {
      const strip = await sharp(await renderPoster(crowded, cache)).extract({ left: 0, top, width: 1200, height }).greyscale().png().toBuffer();
      return (await sharp(strip).stats()).channels[0]!.max;
    };
    // Text is white or near it; the strip holds nothing brighter than the background.
    expect(await brightest(630 - PLAY_BAR_HEIGHT, PLAY_BAR_HEIGHT)).toBeLessThan(128);
    expect(await brightest(630 - PLAY_BAR_HEIGHT - 80, 80)).toBeGreaterThan(200);
  });

  it('are painted on the brand gradient, corner to corner, whatever the card\'s size (the gradient is painted once per size)', async () => {
    // A pixel's colour as #rrggbb, each channel rounded to a multiple of 8: Skia dithers gradients by a unit or two.
    const rounded = (value: number) => Math.min(255, Math.round(value / 8) * 8).toString(16).padStart(2, '0');
    const pixel = (image: { data: Buffer; width: number }, x: number, y: number) => `#${[...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)].map(rounded).join('')}`;
    const colour = (hex: string) => `#${[1, 3, 5].map((at) => rounded(Number.parseInt(hex.slice(at, at + 2), 16))).join('')}`;
    const [first, last] = [colour(BRAND_GRADIENT.stops[0]![1]), colour(BRAND_GRADIENT.stops.at(-1)![1])];
    for (const [width, height] of [[1200, 630], [1400, 1400], [1200, 630]] as const) {
      const image = await cardPixels({ width, height, background: BRAND_GRADIENT, shapes: [] });
      expect([pixel(image, 0, 0), pixel(image, width - 1, height - 1)]).toEqual([first, last]);
    }
    // Drawn over it, a box leaves the background around it as it was.
    const boxed = await cardPixels({ width: 1200, height: 630, background: BRAND_GRADIENT, shapes: [{ kind: 'box', x: 100, y: 100, width: 50, height: 50, color: '#ffffff' }] });
    expect([pixel(boxed, 120, 120), pixel(boxed, 0, 0), pixel(boxed, 1199, 629)]).toEqual([colour('#ffffff'), first, last]);
  });

  it('keep every line inside the poster\'s margins, measured in the font it is drawn in', () => {
    const wide = { ...facts, label: 'Upcoming · 12 September 2025', title: 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW MMMM WWWW MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' };
    const lines = posterLayout(wide, measureText).shapes.filter((shape) => shape.kind === 'text');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.x + measureText(line.text, line.size, line.weight)).toBeLessThanOrEqual(1200 - 72);
    const title = lines.filter((line) => line.size > 30);
    expect(title).toHaveLength(3);
    expect(title[2]!.text.endsWith('…')).toBe(true);
  });

  it('keep the site card\'s list of shows inside its margins, on lines broken between names', () => {
    const shows = ['Grafana Office Hours', 'Loki Community Call', 'Grafana OpenTelemetry Community Call', 'Adobo & Avocados', 'Café con Grafana'];
    const layout = siteCardLayout({ showName: 'Grafana Community Livestreams', tagline: 'Every episode of Grafana\'s community livestreams', shows }, measureText);
    const lines = layout.shapes.filter((shape) => shape.kind === 'text');
    for (const line of lines) expect(line.x + measureText(line.text, line.size, line.weight), line.text).toBeLessThanOrEqual(1200 - 72);
    const listed = lines.filter((line) => line.size === 26).map((line) => line.text);
    expect(listed).toHaveLength(2);
    expect(listed.flatMap((line) => line.split(' · '))).toEqual(shows);
  });

  it('wraps a list of names between names, a name too long for a line as words, and ends a cut list with an ellipsis', () => {
    expect(wrapList(['Alpha', 'Beta', 'Gamma'], ' · ', 12, 3, (text) => text.length)).toEqual(['Alpha · Beta', 'Gamma']);
    expect(wrapList(['Alpha', 'A very long name'], ' · ', 10, 3, (text) => text.length)).toEqual(['Alpha', 'A very', 'long name']);
    expect(wrapList(['One', 'Two', 'Three', 'Four'], ' · ', 9, 2, (text) => text.length)).toEqual(['One · Two', 'Three · …']);
  });

  it('wraps long titles into at most three lines, ending a cut title with an ellipsis', () => {
    expect(wrapWords('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    const cut = wrapWords('alpha beta gamma delta epsilon zeta eta theta', 11, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    // A word longer than a line is cut into lines, never drawn past the edge.
    expect(wrapWords('Supercalifragilistic is long', 8, 4)).toEqual(['Supercal', 'ifragili', 'stic is', 'long']);
  });
});
