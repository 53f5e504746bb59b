// The listing before anything is typed (every episode, newest first) comes from one Pagefind index per
// language, each sorted by date on its own; Pagefind gives no result's date without loading its page
// fragment. So the lists are merged lazily: asking for the n-th episode loads the fragments of the
// lists' heads only, as far as the n-th place, and the component UI asks for the first few, then more.

export type SortDirection = 'asc' | 'desc';

export interface MergedListing<T> {
  total: number;
  /** The item at this place of the merged order (0 first). */
  at(position: number): Promise<T>;
}

/**
 * Lists each already in the sort's order, merged into one by a key read asynchronously (a date, in
 * "YYYY-MM-DD" form, so that text order is date order). Items without a key come after the others,
 * in either direction; equal keys keep the lists' order (the site's language first).
 */
export function mergeSortedLists<T>(lists: readonly (readonly T[])[], keyOf: (item: T) => Promise<string | undefined>, direction: SortDirection): MergedListing<T> {
  const heads = lists.map(() => 0);
  const keys = new Map<T, Promise<string | undefined>>();
  const key = (item: T) => {
    let known = keys.get(item);
    if (!known) keys.set(item, (known = keyOf(item)));
    return known;
  };
  const placed: T[] = [];
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  // One placement at a time: two pages of results asked for at once must not take the same head twice.
  let queue: Promise<unknown> = Promise.resolve();

  const placeNext = async () => {
    let best: { list: number; key: string | undefined } | undefined;
    for (const [index, list] of lists.entries()) {
      if (heads[index]! >= list.length) continue;
      const itemKey = await key(list[heads[index]!]!);
      if (!best || comesBefore(itemKey, best.key, direction)) best = { list: index, key: itemKey };
    }
    if (!best) throw new RangeError('every list is placed'); // unreachable: `at` asks for fewer than `total`
    placed.push(lists[best.list]![heads[best.list]!]!);
    heads[best.list]! += 1;
  };

  return {
    total,
    at(position) {
      if (position < 0 || position >= total) return Promise.reject(new RangeError(`no item at ${position} of ${total}`));
      const turn = queue.then(async () => {
        while (placed.length <= position) await placeNext();
        return placed[position]!;
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

function comesBefore(key: string | undefined, other: string | undefined, direction: SortDirection): boolean {
  if (key === undefined) return false;
  if (other === undefined) return true;
  return direction === 'desc' ? key > other : key < other;
}
