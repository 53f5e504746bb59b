import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { formatDate } from '../archive/format.ts';
import { stringsFor } from '../i18n/index.ts';
import { DESIGN_VERSION, POSTER_HEIGHT, POSTER_WIDTH, posterFileName, type PosterFacts } from './poster-facts.ts';

export type { PosterFacts } from './poster-facts.ts';

const WIDTH = POSTER_WIDTH;
const HEIGHT = POSTER_HEIGHT;
const PADDING_X = 72;
const PADDING_TOP = 52;
const PADDING_BOTTOM = 30;
const CONTENT_WIDTH = WIDTH - 2 * PADDING_X;
/**
 * The strip along the bottom of a poster that holds no text: on an episode page the player's play bar
 * lies over it (`.player .play-bar` in global.css is as tall, 96/630 of the player), so the play
 * affordance never covers the title or date, at any width.
 */
export const PLAY_BAR_HEIGHT = 96;

// libvips' operation cache (up to 50 MB by default) never serves a poster twice: each is drawn once
// and kept as a file. Off, the build's peak memory is ~25-30 MB lower for the same CPU (docs/benchmarks.md).
sharp.cache(false);

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [400, 700].map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight: weight as 400 | 700,
    style: 'normal' as const,
  }));
  return fonts;
}

/**
 * The poster of an episode as an image (1200x630: it is also the Open Graph image).
 * Drawn locally from the episode's facts; read from the cache folder when already drawn.
 * By profile, encoding dominated (palette PNG ~55 ms, WebP ~40 ms at default effort, against 6 ms
 * for satori and 10 ms to rasterise); one JPEG at quality 82 takes ~5 ms and weighs ~25 KB, and the
 * same file serves pages, feeds and social cards (docs/benchmarks.md).
 */
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
  const svg = await satori(posterTree(facts) as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts: loadFonts(), debug: process.env.POSTER_DEBUG === '1' });
  const buffer = await sharp(Buffer.from(svg)).flatten({ background: '#1f1d1a' }).jpeg({ quality: 82 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed: a build stopped halfway never leaves a truncated poster to be reused.
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, buffer);
  renameSync(partial, cached);
  return { path: cached, drawn: true };
}

/** What the site's card shows: the Open Graph image of every page that has no poster of its own. */
export interface SiteCardFacts { showName: string; tagline: string; shows: readonly string[] }

/** The site's card (1200x630 JPEG), drawn locally and cached like posters. */
export function renderSiteCard(facts: SiteCardFacts, cacheDir: string): Promise<Buffer> {
  return cachedImage(cacheDir, 'site-card', 'jpg', { facts, card: true, DESIGN_VERSION }, async () => {
    const svg = await satori(siteCardTree(facts) as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts: loadFonts() });
    return sharp(Buffer.from(svg)).flatten({ background: '#1f1d1a' }).jpeg({ quality: 82 }).toBuffer();
  });
}

/** An image from the cache folder, named by a hash of what it shows; drawn and kept there when missing. */
async function cachedImage(cacheDir: string, name: string, extension: string, inputs: unknown, draw: () => Promise<Buffer>): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 24);
  const cached = join(cacheDir, `${name}-${key}.${extension}`);
  if (existsSync(cached)) return readFileSync(cached);
  const buffer = await draw();
  mkdirSync(dirname(cached), { recursive: true });
  writeFileSync(cached, buffer);
  return buffer;
}

/** What the show's cover shows. */
export interface CoverFacts { showName: string; tagline: string }
const COVER_SIZE = 1400;

/** The show's square cover (1400x1400 PNG, what podcast and feed apps expect), cached like posters. */
export function renderCover(facts: CoverFacts, cacheDir: string): Promise<Buffer> {
  return cachedImage(cacheDir, 'cover', 'png', { facts, cover: true, DESIGN_VERSION }, async () => {
    const svg = await satori(coverTree(facts) as Parameters<typeof satori>[0], { width: COVER_SIZE, height: COVER_SIZE, fonts: loadFonts() });
    return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  });
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });
const BRAND_BACKGROUND = 'linear-gradient(135deg, #1f1d1a 0%, #3a1a08 60%, #b3400b 100%)';

/** The show's gradient, padded (satori sizes boxes without their padding, so it is taken off here). */
function brandBox(size: { width: number; height: number; padding: number }, justifyContent: string, children: Node[]): Node {
  const { width, height, padding } = size;
  return el('div', {
    width: width - 2 * padding, height: height - 2 * padding, boxSizing: 'content-box', display: 'flex', flexDirection: 'column', justifyContent,
    padding, background: BRAND_BACKGROUND, color: '#fff', fontFamily: 'Inter',
  }, children);
}

/** Text broken into lines here: satori measures wrapped text as one line. */
function textLines(text: string, perLine: number, maxLines: number, style: Record<string, unknown>): Node {
  return el('div', { display: 'flex', flexDirection: 'column', ...style }, wrapWords(text, perLine, maxLines).map((line) => el('div', { display: 'flex' }, line)));
}

/** What satori draws for a poster (exported so tests can read its words without reading pixels). */
export function posterTree(facts: PosterFacts): Node {
  const titleSize = facts.title.length > 70 ? 48 : facts.title.length > 40 ? 58 : 68;
  // In the show's words: "con Lucía Fernández", "11 de enero de 2024".
  const t = stringsFor(facts.language ?? 'en');
  const contentHeight = HEIGHT - PLAY_BAR_HEIGHT - PADDING_TOP - PADDING_BOTTOM;
  return el('div', {
    width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', background: BRAND_BACKGROUND, color: '#fff', fontFamily: 'Inter',
  }, [
    // Satori sizes boxes without their padding (content-box), so the padding is taken off here.
    el('div', {
      width: CONTENT_WIDTH, height: contentHeight, boxSizing: 'content-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
      padding: `${PADDING_TOP}px ${PADDING_X}px ${PADDING_BOTTOM}px`,
    }, [
      el('div', { display: 'flex', alignItems: 'center', width: CONTENT_WIDTH, fontSize: 30, fontWeight: 700, color: '#ffb98a' }, [
        el('div', { display: 'flex' }, facts.showName),
        el('div', { display: 'flex', marginLeft: 'auto', fontSize: 30, color: '#fff', background: 'rgba(255,255,255,0.14)', padding: '6px 18px', borderRadius: 999 },
          facts.upcoming ? `${t.upcoming} · ${facts.label}` : facts.label),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', width: CONTENT_WIDTH }, [
        textLines(facts.title, Math.floor(CONTENT_WIDTH / (titleSize * 0.56)), 3, { width: CONTENT_WIDTH, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }),
        el('div', { display: 'flex', marginTop: 24, fontSize: 30, color: '#f3e7de', width: CONTENT_WIDTH }, facts.date ? formatDate(facts.date, t.locale) : ''),
      ]),
    ]),
    // The play bar's place: a darker strip with nothing on it (a social card shows it as a footer).
    el('div', { display: 'flex', width: WIDTH, height: PLAY_BAR_HEIGHT, background: 'rgba(0,0,0,0.32)' }),
  ]);
}

function siteCardTree(facts: SiteCardFacts): Node {
  const width = WIDTH - 2 * PADDING_X;
  return brandBox({ width: WIDTH, height: HEIGHT, padding: PADDING_X }, 'space-between', [
    el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#ffb98a' }, 'Episode archive'),
    el('div', { display: 'flex', flexDirection: 'column', width }, [
      textLines(facts.showName, 24, 2, { width, fontSize: 80, fontWeight: 700, lineHeight: 1.05 }),
      textLines(facts.tagline, 58, 3, { width, marginTop: 28, fontSize: 34, color: '#f3e7de', lineHeight: 1.3 }),
      ...(facts.shows.length > 1 ? [el('div', { display: 'flex', marginTop: 28, fontSize: 26, color: '#ffd9c2' }, facts.shows.join('  ·  '))] : []),
    ]),
  ]);
}

function coverTree(facts: CoverFacts): Node {
  const padding = 112;
  const width = COVER_SIZE - 2 * padding;
  return brandBox({ width: COVER_SIZE, height: COVER_SIZE, padding }, 'flex-end', [
    textLines(facts.showName, 14, 3, { width, fontSize: 132, fontWeight: 700, lineHeight: 1.05 }),
    textLines(facts.tagline, 38, 4, { width, marginTop: 56, fontSize: 52, color: '#f3e7de', lineHeight: 1.3 }),
  ]);
}

/** Greedy word wrap to at most `maxLines` lines of about `width` characters, with an ellipsis when cut. */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  // A word longer than a line (a title of one 60-letter word) is cut into pieces of a line each: drawn
  // whole, it ran past the poster's edge.
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => (word.length > width ? word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [word] : [word]));
  for (const word of words) {
    if (current && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
  return kept;
}
