import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../../../src/lib/build/release-memory.ts';
import { astroBuildCommand } from '../../../src/lib/build/astro-process.ts';

// The test's own gc(): vitest starts its workers without --expose-gc, as `astro build` run directly is.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as NodeJS.GCFunction;

/** Grows this thread's heap by ~`megabytes` of objects that are garbage as soon as it returns. */
function growHeap(megabytes: number): void {
  const kept: unknown[] = [];
  for (let index = 0; index < megabytes * 8_000; index += 1) kept.push({ index, text: `episode ${index}`, list: [index, index + 1] });
}

describe('releasing the memory a build step no longer needs', () => {
  it('gives a grown heap\'s empty pages back to the system', () => {
    growHeap(200);
    const heapBefore = process.memoryUsage().heapTotal;
    const outcome = releaseMemory(gc, 0);
    const heapAfter = process.memoryUsage().heapTotal;
    if (!outcome?.released) throw new Error(`nothing released: ${JSON.stringify(outcome)}`);
    expect((heapBefore - heapAfter) / 2 ** 20).toBeGreaterThan(50);
    expect(outcome.beforeMb - outcome.afterMb).toBeGreaterThan(50);
  });

  it('does nothing without gc(), as when astro build is run directly, nor for a heap too small to be worth it', () => {
    expect(releaseMemory(undefined, 0)).toBeUndefined();
    expect(releaseMemory(gc, 1e6)).toMatchObject({ released: false });
  });

  it('is given gc() by the way npm run build starts Astro, and mimalloc\'s prompt purge unless the caller chose', () => {
    const started = astroBuildCommand(['--outDir', 'out'], { PATH: '/bin' });
    expect(started.command.slice(0, started.command.indexOf('build'))).toContain('--expose-gc');
    expect(started.command.slice(-3)).toEqual(['build', '--outDir', 'out']);
    expect(started.env).toEqual({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0' });
    expect(astroBuildCommand([], { MIMALLOC_PURGE_DELAY: '10' }).env.MIMALLOC_PURGE_DELAY).toBe('10');
  });
});
