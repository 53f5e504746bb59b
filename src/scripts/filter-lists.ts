// Long filter lists (a guest list of the whole archive) show their most frequent values first and a
// button to show them all, alphabetically (as Pagefind's pane renders them: src/scripts/search-engine.ts
// gives the values in reading order). A value that is ticked always shows.

/** Lists longer than this fold; folded, they show the first `SHOWN`. */
const LONGER_THAN = 10;
const SHOWN = 8;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

interface FilterEvents {
  on(event: 'filters' | 'results', callback: () => void): void;
}

export function foldLongFilterLists(instance: FilterEvents, pane: HTMLElement | null): void {
  if (!pane) return;
  const expanded = new Set<string>();
  const fold = () => {
    for (const group of pane.querySelectorAll<HTMLDetailsElement>('details.pf-filter-group')) foldGroup(group, expanded);
  };
  // After the pane has drawn the new counts (its own listener was added first).
  instance.on('filters', () => queueMicrotask(fold));
  instance.on('results', () => queueMicrotask(fold));
}

function foldGroup(group: HTMLDetailsElement, expanded: Set<string>): void {
  const name = group.dataset.filterName ?? '';
  const options = group.querySelector<HTMLElement>('.pf-filter-options');
  if (!options) return;
  const labels = [...options.querySelectorAll<HTMLLabelElement>('label.pf-filter-checkbox')];
  const listed = labels.filter((label) => !label.hasAttribute('data-pf-hidden'));
  let button = group.querySelector<HTMLButtonElement>('button.filter-show-all');
  if (listed.length <= LONGER_THAN) {
    for (const label of labels) label.removeAttribute('data-folded');
    button?.remove();
    return;
  }
  const open = expanded.has(name);
  const count = (label: HTMLLabelElement) => Number(label.querySelector('.pf-filter-checkbox-count')?.textContent ?? 0);
  const text = (label: HTMLLabelElement) => label.querySelector('input')?.value ?? label.textContent ?? '';
  const ticked = (label: HTMLLabelElement) => label.querySelector('input')?.checked ?? false;
  const order = open
    ? [...labels].sort((a, b) => collator.compare(text(a), text(b)))
    : [...labels].sort((a, b) => Number(ticked(b)) - Number(ticked(a)) || count(b) - count(a) || collator.compare(text(a), text(b)));
  const shown = new Set(open ? listed : order.filter((label) => listed.includes(label)).slice(0, SHOWN));
  for (const label of order) {
    options.append(label);
    label.toggleAttribute('data-folded', !shown.has(label) && !ticked(label));
  }
  if (!button) {
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'filter-show-all';
    button.addEventListener('click', () => {
      if (expanded.has(name)) expanded.delete(name);
      else expanded.add(name);
      foldGroup(group, expanded);
    });
    options.after(button);
  }
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? `Show the ${SHOWN} most frequent` : `Show all ${listed.length}`;
}
