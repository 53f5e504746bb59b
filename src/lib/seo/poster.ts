import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCacheFile } from '../build/cache-file.ts';
import { DESIGN_VERSION, posterFileName, type PosterFacts } from './poster-facts.ts';
import { coverLayout, posterLayout, siteCardLayout, type CoverFacts, type SiteCardFacts } from './poster-layout.ts';

export type { PosterFacts } from './poster-facts.ts';
export type { CoverFacts, SiteCardFacts } from './poster-layout.ts';
export { PLAY_BAR_HEIGHT } from './poster-layout.ts';

// Skia and sharp are loaded when an image is drawn, not with this module, which the posters' integration
// imports with the config: a rebuild whose images are all in the cache draws none, and loading them took
// ~50 ms of every build's start-up (docs/benchmarks.md, session 18).
const painter = () => import('./card-painter.ts');

async function loadSharp() {
  const { default: sharp } = await import('sharp');
  // libvips' operation cache (up to 50 MB by default) never serves a poster twice: each is drawn once
  // and kept as a file. Off, the build's peak memory is ~25-30 MB lower for the same CPU (docs/benchmarks.md).
  sharp.cache(false);
  return sharp;
}

/** JPEG quality of posters and the site card: ~40 KB a poster; the same file serves pages, feeds and social cards. */
const JPEG_QUALITY = 82;

/** The poster of an episode as an image (1200x630: it is also the Open Graph image), from the cache when drawn already. */
export async function renderPoster(facts: PosterFacts, cacheDir: string): Promise<Buffer> {
  const cached = await drawPoster(facts, cacheDir);
  return readFileSync(cached.path);
}

/**
 * Makes sure the poster is in the cache folder, drawing it only if it is not there yet, and says
 * where it is. The build links dist/posters/ to these files instead of writing 1,000 copies.
 */
export async function drawPoster(facts: PosterFacts, cacheDir: string): Promise<{ path: string; drawn: boolean }> {
  const cached = join(cacheDir, posterFileName(facts));
  if (existsSync(cached)) return { path: cached, drawn: false };
  return { path: await paintPoster(facts, cacheDir), drawn: true };
}

/**
 * Paints a poster into the cache folder, whether or not it is there (the caller looked), and says where.
 * Painted with Skia, not satori and librsvg: 6-8 ms of CPU a poster instead of ~30 (docs/benchmarks.md).
 */
export async function paintPoster(facts: PosterFacts, cacheDir: string): Promise<string> {
  const cached = join(cacheDir, posterFileName(facts));
  const { cardJpeg, measureText } = await painter();
  const buffer = await cardJpeg(posterLayout(facts, measureText), JPEG_QUALITY);
  writeCacheFile(cached, buffer);
  return cached;
}

// Bump when only the site card's design changes (DESIGN_VERSION redraws every poster too). 2: the shows wrap.
const SITE_CARD_DESIGN = 2;

/** The site's card (1200x630 JPEG), drawn locally and cached like posters. */
export function renderSiteCard(facts: SiteCardFacts, cacheDir: string): Promise<Buffer> {
  return cachedImage(cacheDir, 'site-card', 'jpg', { facts, card: SITE_CARD_DESIGN, DESIGN_VERSION }, async () => {
    const { cardJpeg, measureText } = await painter();
    return cardJpeg(siteCardLayout(facts, measureText), JPEG_QUALITY);
  });
}

/** The show's square cover (1400x1400 PNG, what podcast and feed apps expect), cached like posters. */
export function renderCover(facts: CoverFacts, cacheDir: string): Promise<Buffer> {
  return cachedImage(cacheDir, 'cover', 'png', { facts, cover: true, DESIGN_VERSION }, async () => {
    const [{ cardPixels, measureText }, sharp] = await Promise.all([painter(), loadSharp()]);
    const pixels = await cardPixels(coverLayout(facts, measureText));
    return sharp(pixels.data, { raw: pixels }).removeAlpha().png({ compressionLevel: 9, palette: true }).toBuffer();
  });
}

/** An image from the cache folder, named by a hash of what it shows; drawn and kept there when missing. */
async function cachedImage(cacheDir: string, name: string, extension: string, inputs: unknown, draw: () => Promise<Buffer>): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 24);
  const cached = join(cacheDir, `${name}-${key}.${extension}`);
  if (existsSync(cached)) return readFileSync(cached);
  const buffer = await draw();
  writeCacheFile(cached, buffer);
  return buffer;
}
