import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { posterFileName, type PosterFacts } from '../lib/seo/poster-facts.ts';
import { pagesPosterManifestPath, posterManifestPath, readPosterManifest } from '../lib/seo/poster-manifest.ts';
import { drawPosters, drawPostersAside, type DrawnPoster } from '../lib/seo/posters-aside.ts';

export interface PostersOptions {
  notesFolder: string;
}

/**
 * Episode posters, outside Astro's page loop. A poster is a file in the build cache named by what
 * it shows, so the site only needs a link to it: writing 1,000 copies through 1,000 routes was a
 * tenth of a rebuild after one edited note (docs/benchmarks.md). Posters are drawn on a worker thread
 * while Astro renders pages, and linked into dist/posters/ when it is done; the dev server draws them on request.
 */
export function posters(options: PostersOptions): AstroIntegration {
  let drawing: Promise<DrawnPoster[]> | undefined;
  return {
    name: 'episode-archive:posters',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/posters/[name].jpg', entrypoint: new URL('../dev-routes/poster.ts', import.meta.url), prerender: true });
      },
      // The notes are loaded by now (Astro syncs content before this hook), so the list is this build's.
      'astro:build:start': () => {
        // The pages' own list is written while they render (src/lib/archive/episodes-query.ts): never a previous build's.
        rmSync(pagesPosterManifestPath(cacheFolder('posters'), options.notesFolder), { force: true });
        drawing = drawPostersAside(readPosterManifest(posterManifestPath(cacheFolder('posters'), options.notesFolder)), cacheFolder('posters'));
        drawing.catch(() => {}); // awaited, and reported, when the site is written
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const early = await (drawing ?? Promise.reject(new Error('The posters were never drawn: astro:build:start did not run.')));
        // What the pages link: the notes' posters, and those of episodes the archive retitled (a transcript's
        // title) or whose guests it named once (accents), drawn now.
        const pagesList = pagesPosterManifestPath(cacheFolder('posters'), options.notesFolder);
        const drawn = existsSync(pagesList) ? await drawMissing(readPosterManifest(pagesList), early) : early;
        const folder = join(fileURLToPath(dir), 'posters');
        mkdirSync(folder, { recursive: true });
        for (const poster of drawn) placeFile(poster.path, join(folder, poster.file));
        const newlyDrawn = drawn.filter((poster) => poster.drawn).length;
        logger.info(`${drawn.length} poster(s) in dist/posters/ (${newlyDrawn} drawn, ${drawn.length - newlyDrawn} from the cache), placed in ${Date.now() - started} ms`);
      },
    },
  };
}

/** The posters of a list, taken from those drawn already where they are the same, else drawn now. */
async function drawMissing(wanted: readonly PosterFacts[], drawn: readonly DrawnPoster[]): Promise<DrawnPoster[]> {
  const byFile = new Map(drawn.map((poster) => [poster.file, poster]));
  const missing = wanted.filter((facts) => !byFile.has(posterFileName(facts)));
  const extra = missing.length ? await drawPosters(missing, cacheFolder('posters')) : [];
  for (const poster of extra) byFile.set(poster.file, poster);
  return [...new Set(wanted.map((facts) => posterFileName(facts)))].map((file) => byFile.get(file)!).filter(Boolean);
}

/** A hard link when the cache and the site share a disk (instant, no copy), else a copy. */
function placeFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
