import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import type { CardLayout, FontWeight, Gradient, Measure, TextLine } from './card-layout.ts';

const FAMILY = 'Inter';
const require = createRequire(import.meta.url);
let fontsRegistered = false;

/** Inter, from the font package the site's pages use too, registered once per process. */
function registerFonts(): void {
  if (fontsRegistered) return;
  // A family name per weight: Skia matched both files under one name to the bold one.
  for (const weight of [400, 700]) GlobalFonts.registerFromPath(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`), `${FAMILY} ${weight}`);
  fontsRegistered = true;
}

const font = (size: number, weight: FontWeight) => `${size}px "${FAMILY} ${weight}"`;

// Canvases are reused, a free one per size: a fresh 1200x630 canvas costs more in first-touched memory
// (page faults, on this kind of virtual machine) than Skia takes to paint it (docs/benchmarks.md).
const freeCanvases = new Map<string, Canvas[]>();

/** Runs `use` with a canvas of the size that no other drawing holds until `use` is done. */
async function withCanvas<T>(width: number, height: number, use: (canvas: Canvas) => Promise<T> | T): Promise<T> {
  const key = `${width}x${height}`;
  const free = freeCanvases.get(key) ?? [];
  freeCanvases.set(key, free);
  const canvas = free.pop() ?? createCanvas(width, height);
  try {
    return await use(canvas);
  } finally {
    free.push(canvas);
  }
}

const measuring = createCanvas(1, 1).getContext('2d');

/** The width of a text in Inter at a size and weight, as the painter draws it. */
export const measureText: Measure = (text, size, weight) => {
  registerFonts();
  measuring.font = font(size, weight);
  return measuring.measureText(text).width;
};

/**
 * A card as a JPEG at `quality`, painted and encoded by Skia on this thread. Skia's asynchronous encode
 * first copies the 3 MB of pixels for the thread pool: 8.7 ms of CPU a poster against 6.7 ms encoded
 * here, the same bytes (docs/benchmarks.md); posters are drawn on a worker thread of their own anyway.
 */
export function cardJpeg(layout: CardLayout, quality: number): Promise<Buffer> {
  return withCanvas(layout.width, layout.height, (canvas) => {
    paint(canvas, layout);
    return canvas.encodeSync('jpeg', quality);
  });
}

/** A card's pixels, as sharp takes raw input (RGBA, 8 bits a channel), for encodings Skia does not make. */
export interface Pixels { data: Buffer; width: number; height: number; channels: 4 }

export function cardPixels(layout: CardLayout): Promise<Pixels> {
  return withCanvas(layout.width, layout.height, (canvas) => {
    const image = paint(canvas, layout).getImageData(0, 0, layout.width, layout.height);
    return { data: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), width: layout.width, height: layout.height, channels: 4 as const };
  });
}

/** Paints a card's gradient, boxes and lines onto a canvas of its size. */
function paint(canvas: Canvas, layout: CardLayout): SKRSContext2D {
  registerFonts();
  const context = canvas.getContext('2d');
  context.clearRect(0, 0, layout.width, layout.height);
  context.drawImage(backgroundOf(layout.background, layout.width, layout.height), 0, 0);
  for (const shape of layout.shapes) {
    context.fillStyle = shape.color;
    if (shape.kind === 'text') drawLine(context, shape);
    else if (shape.radius) {
      context.beginPath();
      context.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius);
      context.fill();
    } else context.fillRect(shape.x, shape.y, shape.width, shape.height);
  }
  return context;
}

/** A line of text in the middle of its line box, as CSS places it (half the leading above, half below). */
function drawLine(context: SKRSContext2D, line: TextLine): void {
  context.font = font(line.size, line.weight);
  context.textBaseline = 'alphabetic';
  const metrics = context.measureText(line.text);
  const ascent = metrics.fontBoundingBoxAscent;
  const descent = metrics.fontBoundingBoxDescent;
  context.fillText(line.text, line.x, line.top + (line.lineHeight - ascent - descent) / 2 + ascent);
}

// Every card of a size has the same gradient: filling 1200x630 pixels with it took 2.2 ms of a poster's
// ~10, copying them from a canvas painted once takes 0.2 ms, and gives the same pixels (docs/benchmarks.md).
const backgrounds = new Map<string, Canvas>();

/** A canvas of the size painted with the gradient alone, painted once per process. */
function backgroundOf(gradient: Gradient, width: number, height: number): Canvas {
  const key = JSON.stringify([gradient, width, height]);
  let background = backgrounds.get(key);
  if (!background) {
    background = createCanvas(width, height);
    const context = background.getContext('2d');
    context.fillStyle = gradientOf(context, gradient, width, height);
    context.fillRect(0, 0, width, height);
    backgrounds.set(key, background);
  }
  return background;
}

/** A CSS linear-gradient at its angle over a width x height box: the first and last stops reach the corners. */
function gradientOf(context: SKRSContext2D, gradient: Gradient, width: number, height: number) {
  const radians = (gradient.angle * Math.PI) / 180;
  const [dx, dy] = [Math.sin(radians), -Math.cos(radians)];
  const half = (Math.abs(width * dx) + Math.abs(height * dy)) / 2;
  const [cx, cy] = [width / 2, height / 2];
  const fill = context.createLinearGradient(cx - dx * half, cy - dy * half, cx + dx * half, cy + dy * half);
  for (const [offset, color] of gradient.stops) fill.addColorStop(offset, color);
  return fill;
}
