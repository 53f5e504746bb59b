import type { AstroIntegration } from 'astro';
import { releaseMemory } from '../lib/build/release-memory.ts';

/**
 * Hands back the memory content loading no longer needs, before Vite bundles and the workers that draw
 * posters and render transcripts start (src/lib/build/release-memory.ts): first of the build's own steps.
 */
export function memoryRelease(): AstroIntegration {
  return {
    name: 'episode-archive:memory-release',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const outcome = releaseMemory();
        if (!outcome) {
          logger.debug('Memory of content loading not handed back: Node was started without --expose-gc (npm run build starts it so)');
          return;
        }
        const heap = `a heap of ${Math.round(outcome.heapMb)} MB`;
        logger.info(outcome.released
          ? `Memory of content loading handed back: ${heap}; ${Math.round(outcome.beforeMb)} MB resident before, ${Math.round(outcome.afterMb)} MB after (${Math.round(outcome.ms)} ms)`
          : `Memory of content loading left as it is: ${heap}, too small to be worth a collection`);
      },
    },
  };
}
