import { readCacheJson, writeCacheFile } from '../build/cache-file.ts';

/**
 * Feed items one build keeps for the next: an item per episode and language, with the key of what it was
 * written from (src/lib/feeds/site-feeds.ts), and all of them with the code that wrote them. After one
 * edited talking point, the feeds holding that episode are written again whole (Astro reuses a feed only
 * when none of its episodes changed): with the items kept, that is one item written and ~1,000 taken as
 * they were, instead of ~1,000 written again (docs/benchmarks.md).
 */
export interface KeptFeedItems {
  /** The item the last build kept for `id` (an episode and a language), if it was written from `key`. */
  get(id: string, key: string): string | undefined;
  /** The item of `id` in this build, written from `key`, to keep for the next in place of the last one. */
  keep(id: string, key: string, xml: string): void;
}

export interface KeptFeedItemsFile extends KeptFeedItems {
  /**
   * Writes the items back, this build's in place of the last build's; the file is left as it was when no
   * feed was written (they were all reused). Says how many items this build took from the last and how
   * many it wrote, if it kept any.
   */
  save(): { taken: number; written: number } | undefined;
}

interface Item { key: string; xml: string }
interface ItemsFile { code: string; items: Record<string, Item> }

/**
 * The items kept in `file`, read when first asked for: none when the last build's code was not `code`
 * (src/lib/build/code-digest.ts), or the file is missing or broken. An episode no longer published keeps
 * its item until the code changes: one item each, never more.
 */
export function keptFeedItemsFile(file: string, code: string): KeptFeedItemsFile {
  let previous: Map<string, Item> | undefined;
  const current = new Map<string, Item>();
  const kept = () => (previous ??= readItems(file, code));
  let taken = 0;
  return {
    get(id, key) {
      const item = kept().get(id);
      if (item?.key !== key) return undefined;
      taken += 1;
      return item.xml;
    },
    keep: (id, key, xml) => void current.set(id, { key, xml }),
    save() {
      if (!current.size) return undefined;
      const items = new Map([...kept(), ...current]);
      writeCacheFile(file, JSON.stringify({ code, items: Object.fromEntries(items) } satisfies ItemsFile));
      return { taken, written: current.size - taken };
    },
  };
}

/** The items kept by a build of `code`; none when the file is missing or not whole (they are written again). */
function readItems(file: string, code: string): Map<string, Item> {
  const kept = readCacheJson(file) as Partial<ItemsFile> | undefined;
  if (kept?.code !== code || !kept.items || typeof kept.items !== 'object') return new Map();
  return new Map(Object.entries(kept.items).filter(([, item]) => typeof item?.key === 'string' && typeof item.xml === 'string'));
}

// Opened by the build's integration (src/integrations/feed-items.ts) and read by the feed routes, which
// Astro runs from its bundle: two copies of this module in one process, so the items wait in a process-wide slot.
const SLOT = Symbol.for('episode-archive.kept-feed-items');

/** Makes `items` the ones this build's feeds take from and keep to (undefined: none, as in `astro dev`). */
export function shareKeptFeedItems(items: KeptFeedItems | undefined): void {
  (globalThis as { [SLOT]?: KeptFeedItems })[SLOT] = items;
}

/** The kept items of the build running, if it keeps any. */
export function sharedKeptFeedItems(): KeptFeedItems | undefined {
  return (globalThis as { [SLOT]?: KeptFeedItems })[SLOT];
}
