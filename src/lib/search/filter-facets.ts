// The search's filters as one list per filter across the site's languages. Pagefind keeps an index per
// language, each with its own filter values: the same guest is then listed once per index, and two
// spellings of one name ("Daniel González Lopes", "Daniel Gonzalez Lopes") are two people. Here values
// that differ only in accents, case or spacing are one, under one spelling, ordered as people read them.

export type FilterCounts = Record<string, Record<string, number>>;
/** What Pagefind's `search` takes as `filters`. */
export type PagefindFilter = Record<string, unknown>;

/** "Daniel González  Lopes" and "daniel gonzalez lopes" fold to the same key. */
export function foldFilterValue(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The spellings of every filter value in the indexes, one name per person or topic. */
export class FilterSpellings {
  /** group → folded key → spelling → pages */
  private readonly spellings = new Map<string, Map<string, Map<string, number>>>();

  /** `hidden`: filters of the index that the pane does not list. */
  private readonly hidden: readonly string[];

  constructor(counts: readonly FilterCounts[], hidden: readonly string[] = []) {
    this.hidden = hidden;
    for (const index of counts) {
      for (const [group, values] of Object.entries(index)) {
        if (hidden.includes(group)) continue;
        const keys = this.spellings.get(group) ?? new Map<string, Map<string, number>>();
        this.spellings.set(group, keys);
        for (const [value, count] of Object.entries(values)) {
          const key = foldFilterValue(value);
          const forms = keys.get(key) ?? new Map<string, number>();
          keys.set(key, forms);
          forms.set(value, (forms.get(value) ?? 0) + count);
        }
      }
    }
  }

  /** The one spelling shown: the one with accents ("González" over "Gonzalez"), else the most used, else capitalised. */
  name(group: string, value: string): string {
    const forms = this.spellings.get(group)?.get(foldFilterValue(value));
    if (!forms) return value;
    return [...forms.entries()].sort(([a, countA], [b, countB]) => marks(b) - marks(a) || countB - countA || capitals(b) - capitals(a) || a.localeCompare(b))[0]![0];
  }

  /** Every spelling of a shown name in the indexes. */
  variants(group: string, name: string): string[] {
    const forms = this.spellings.get(group)?.get(foldFilterValue(name));
    return forms ? [...forms.keys()] : [name];
  }

  /** Every group's shown names, ordered as people read them (accents and case folded). */
  groups(): Record<string, string[]> {
    const groups: Record<string, string[]> = {};
    for (const [group, keys] of this.spellings) {
      groups[group] = [...keys.keys()].map((key) => this.name(group, [...keys.get(key)!.keys()][0]!)).sort(collator.compare);
    }
    return groups;
  }

  /** Counts under the shown names (the spellings' counts added), in reading order, every name listed. */
  fold(counts: readonly FilterCounts[]): FilterCounts {
    const folded: FilterCounts = {};
    for (const [group, names] of Object.entries(this.groups())) {
      folded[group] = Object.fromEntries(names.map((name) => [name, 0]));
    }
    for (const index of counts) {
      for (const [group, values] of Object.entries(index)) {
        if (this.hidden.includes(group)) continue;
        const target = (folded[group] ??= {});
        for (const [value, count] of Object.entries(values)) {
          const name = this.name(group, value);
          target[name] = (target[name] ?? 0) + count;
        }
      }
    }
    return folded;
  }

  /** How many of the shown results have each name (a result's filters are its pages' spellings). */
  count(results: readonly { filters: Record<string, string[]> }[]): FilterCounts {
    const counts: FilterCounts = {};
    for (const [group, names] of Object.entries(this.groups())) counts[group] = Object.fromEntries(names.map((name) => [name, 0]));
    for (const result of results) {
      for (const [group, values] of Object.entries(result.filters)) {
        if (this.hidden.includes(group)) continue;
        const target = (counts[group] ??= {});
        for (const name of new Set(values.map((value) => this.name(group, value)))) target[name] = (target[name] ?? 0) + 1;
      }
    }
    return counts;
  }

  /** The filters chosen (shown names) as Pagefind's filter: every chosen name, in any of its spellings. */
  pagefindFilter(chosen: Record<string, string[]>): PagefindFilter {
    const conditions: PagefindFilter[] = [];
    for (const [group, names] of Object.entries(chosen)) {
      for (const name of names) {
        const variants = this.variants(group, name);
        conditions.push({ [group]: variants.length === 1 ? variants[0] : { any: variants } });
      }
    }
    if (!conditions.length) return {};
    return conditions.length === 1 ? conditions[0]! : { all: conditions };
  }
}

function capitals(value: string): number {
  return (value.match(/\p{Lu}/gu) ?? []).length;
}

function marks(value: string): number {
  return value.normalize('NFD').length - value.length;
}
