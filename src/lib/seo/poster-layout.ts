import { formatDate } from '../archive/format.ts';
import { stringsFor } from '../i18n/index.ts';
import { BRAND_GRADIENT, NORMAL_LINE_HEIGHT, stackedLines, wrapList, wrapWords, type CardLayout, type Measure, type TextLine } from './card-layout.ts';
import { POSTER_HEIGHT, POSTER_WIDTH, type PosterFacts } from './poster-facts.ts';

const PADDING_X = 72;
const PADDING_TOP = 52;
const PADDING_BOTTOM = 30;
const CONTENT_WIDTH = POSTER_WIDTH - 2 * PADDING_X;
/**
 * The strip along the bottom of a poster that holds no text: on an episode page the player's play bar
 * lies over it (`.player .play-bar` in global.css is as tall, 96/630 of the player), so the play
 * affordance never covers the title or date, at any width.
 */
export const PLAY_BAR_HEIGHT = 96;

const HEADER = { size: 30, lineHeight: Math.round(30 * NORMAL_LINE_HEIGHT), pillPadding: { x: 18, y: 6 } };

/** What an episode's poster shows, and where (1200x630: it is also the Open Graph image). */
export function posterLayout(facts: PosterFacts, measure: Measure): CardLayout {
  // In the show's words: "con Lucía Fernández", "11 de enero de 2024".
  const t = stringsFor(facts.language ?? 'en');
  const label = facts.upcoming ? `${t.upcoming} · ${facts.label}` : facts.label;
  return {
    width: POSTER_WIDTH,
    height: POSTER_HEIGHT,
    background: BRAND_GRADIENT,
    shapes: [
      ...posterHeader(facts.showName, label, measure),
      ...posterTitleAndDate(facts.title, facts.date ? formatDate(facts.date, t.locale) : '', measure),
      // The play bar's place: a darker strip with nothing on it (a social card shows it as a footer).
      { kind: 'box', x: 0, y: POSTER_HEIGHT - PLAY_BAR_HEIGHT, width: POSTER_WIDTH, height: PLAY_BAR_HEIGHT, color: 'rgba(0,0,0,0.32)' },
    ],
  };
}

/** The show's name on the left, and the episode's label in a pill on the right. */
function posterHeader(showName: string, label: string, measure: Measure): CardLayout['shapes'] {
  const { size, lineHeight, pillPadding } = HEADER;
  const pillWidth = Math.ceil(measure(label, size, 700)) + 2 * pillPadding.x;
  const pillHeight = lineHeight + 2 * pillPadding.y;
  const pillX = PADDING_X + CONTENT_WIDTH - pillWidth;
  const textTop = PADDING_TOP + pillPadding.y;
  return [
    { kind: 'text', text: showName, x: PADDING_X, top: textTop, lineHeight, size, weight: 700, color: '#ffb98a' },
    { kind: 'box', x: pillX, y: PADDING_TOP, width: pillWidth, height: pillHeight, color: 'rgba(255,255,255,0.14)', radius: pillHeight / 2 },
    { kind: 'text', text: label, x: pillX + pillPadding.x, top: textTop, lineHeight, size, weight: 700, color: '#fff' },
  ];
}

/** The title (up to three lines, smaller when long) and the date under it, resting on the strip above the play bar. */
function posterTitleAndDate(title: string, date: string, measure: Measure): TextLine[] {
  const size = title.length > 70 ? 48 : title.length > 40 ? 58 : 68;
  const lineHeight = size * 1.15;
  const lines = wrapWords(title, CONTENT_WIDTH, 3, (text) => measure(text, size, 700));
  const dateHeight = date ? HEADER.lineHeight : 0;
  const dateGap = 24;
  const bottom = POSTER_HEIGHT - PLAY_BAR_HEIGHT - PADDING_BOTTOM;
  const top = bottom - dateHeight - dateGap - lines.length * lineHeight;
  const dateLine: TextLine[] = date
    ? [{ kind: 'text', text: date, x: PADDING_X, top: bottom - dateHeight, lineHeight: dateHeight, size: HEADER.size, weight: 400, color: '#f3e7de' }]
    : [];
  return [...stackedLines(lines, { x: PADDING_X, lineHeight, size, weight: 700, color: '#fff' }, top), ...dateLine];
}

/** What the site's card shows: the Open Graph image of every page that has no poster of its own. */
export interface SiteCardFacts { showName: string; tagline: string; shows: readonly string[]; language?: string }

/** The site's card (1200x630): the archive's name on top, the show's name, tagline and shows at the bottom. */
export function siteCardLayout(facts: SiteCardFacts, measure: Measure): CardLayout {
  const padding = PADDING_X;
  const width = POSTER_WIDTH - 2 * padding;
  const name = wrapWords(facts.showName, width, 2, (text) => measure(text, 80, 700));
  const tagline = wrapWords(facts.tagline, width, 3, (text) => measure(text, 34, 400));
  // Five shows' names ran past the card's right edge on one line.
  const shows = facts.shows.length > 1 ? wrapList(facts.shows, ' · ', width, 2, (text) => measure(text, 26, 400)) : [];
  const blocks = [
    { lines: name, size: 80, weight: 700 as const, lineHeight: 84, color: '#fff', gap: 0 },
    { lines: tagline, size: 34, weight: 400 as const, lineHeight: 44, color: '#f3e7de', gap: 28 },
    { lines: shows, size: 26, weight: 400 as const, lineHeight: Math.round(26 * NORMAL_LINE_HEIGHT), color: '#ffd9c2', gap: 28 },
  ];
  return {
    width: POSTER_WIDTH,
    height: POSTER_HEIGHT,
    background: BRAND_GRADIENT,
    shapes: [
      { kind: 'text', text: stringsFor(facts.language ?? 'en').episodeArchive, x: padding, top: padding, lineHeight: HEADER.lineHeight, size: 30, weight: 700, color: '#ffb98a' },
      ...blocksResting(blocks, padding, POSTER_HEIGHT - padding),
    ],
  };
}

/** What the show's cover shows. */
export interface CoverFacts { showName: string; tagline: string }
export const COVER_SIZE = 1400;

/** The show's square cover (1400x1400, what podcast and feed apps expect): its name and tagline at the bottom. */
export function coverLayout(facts: CoverFacts, measure: Measure): CardLayout {
  const padding = 112;
  const width = COVER_SIZE - 2 * padding;
  const blocks = [
    { lines: wrapWords(facts.showName, width, 3, (text) => measure(text, 132, 700)), size: 132, weight: 700 as const, lineHeight: 139, color: '#fff', gap: 0 },
    { lines: wrapWords(facts.tagline, width, 4, (text) => measure(text, 52, 400)), size: 52, weight: 400 as const, lineHeight: 68, color: '#f3e7de', gap: 56 },
  ];
  return { width: COVER_SIZE, height: COVER_SIZE, background: BRAND_GRADIENT, shapes: blocksResting(blocks, padding, COVER_SIZE - padding) };
}

interface Block { lines: readonly string[]; size: number; weight: 400 | 700; lineHeight: number; color: string; gap: number }

/** Blocks of lines one under the other (each after its gap), the last resting on `bottom`. */
function blocksResting(blocks: readonly Block[], x: number, bottom: number): TextLine[] {
  const shown = blocks.filter((block) => block.lines.length);
  const height = shown.reduce((sum, block, index) => sum + (index ? block.gap : 0) + block.lines.length * block.lineHeight, 0);
  let top = bottom - height;
  return shown.flatMap((block, index) => {
    if (index) top += block.gap;
    const lines = stackedLines(block.lines, { x, lineHeight: block.lineHeight, size: block.size, weight: block.weight, color: block.color }, top);
    top += block.lines.length * block.lineHeight;
    return lines;
  });
}
