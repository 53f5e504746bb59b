import type { AstroIntegration } from 'astro';
import { storedTranscripts } from '../lib/build/guard-record.ts';
import { renderTranscriptsAside } from '../lib/build/transcripts-aside.ts';

/**
 * Transcripts rendered on a worker thread from the start of the build (src/lib/build/transcripts-aside.ts):
 * the transcripts loader has recorded which file it stored for each video by then (Astro syncs content
 * before this hook), and their pages come late in the render.
 */
export function transcriptsAside(): AstroIntegration {
  return {
    name: 'episode-archive:transcripts-aside',
    hooks: {
      'astro:build:start': ({ logger }) => {
        // Only transcripts new or edited since the last build: after one edited note, their pages come from
        // Astro's incremental cache, and rendering every transcript aside would only take a warm rebuild's second core.
        const files = (storedTranscripts()?.files ?? []).filter((file) => file.changed);
        if (renderTranscriptsAside(files)) logger.info(`${files.length} transcript(s) being rendered on a worker thread`);
      },
    },
  };
}
