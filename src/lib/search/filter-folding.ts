// Long filter lists (a guest list of the whole archive) show their most frequent values first and a
// button to show them all, alphabetically. The rule, apart from the page (src/scripts/filter-lists.ts
// applies it to Pagefind's filter pane).

/** Lists with more values than this fold; folded, they show the first FOLDED_SHOWN. */
export const FOLD_LONGER_THAN = 10;
export const FOLDED_SHOWN = 8;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** One value of a filter list as the pane shows it. */
export interface FilterListValue {
  text: string;
  /** How many results have it. */
  count: number;
  /** Chosen by the visitor: always shown. */
  ticked: boolean;
  /** Listed by the pane (it hides values with no result). */
  listed: boolean;
}

/**
 * How a filter list shows: undefined when it is short enough to show whole; else its values in order and
 * those folded away. Folded (`open` false): ticked values first, then the most frequent, then by name, and
 * only the first FOLDED_SHOWN listed ones (and any ticked one) shown. Open: every value, by name.
 */
export function foldFilterList<V extends FilterListValue>(values: readonly V[], open: boolean): { order: V[]; folded: Set<V> } | undefined {
  const listed = values.filter((value) => value.listed);
  if (listed.length <= FOLD_LONGER_THAN) return undefined;
  const order = open
    ? [...values].sort((a, b) => collator.compare(a.text, b.text))
    : [...values].sort((a, b) => Number(b.ticked) - Number(a.ticked) || b.count - a.count || collator.compare(a.text, b.text));
  const shown = new Set(open ? listed : order.filter((value) => value.listed).slice(0, FOLDED_SHOWN));
  return { order, folded: new Set(order.filter((value) => !shown.has(value) && !value.ticked)) };
}
