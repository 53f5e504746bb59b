// Long filter lists (a guest list of the whole archive) show their most frequent values first and a
// button to show them all, alphabetically (as Pagefind's pane renders them: src/scripts/search-engine.ts
// gives the values in reading order). A value that is ticked always shows. The rule is
// src/lib/search/filter-folding.ts; this applies it to the pane.
import { foldFilterList } from '../lib/search/filter-folding.ts';

interface FilterEvents {
  on(event: 'filters' | 'results', callback: () => void): void;
}

/** The button's words, in the page's language: the pane carries them (src/pages/search.astro), "{count}" where the number goes. */
interface ButtonWords { showMostFrequent: string; showAll: string }

export function foldLongFilterLists(instance: FilterEvents, pane: HTMLElement | null): void {
  if (!pane) return;
  const expanded = new Set<string>();
  const words = { showMostFrequent: pane.dataset.showMostFrequent ?? '', showAll: pane.dataset.showAll ?? '{count}' };
  const fold = () => {
    for (const group of pane.querySelectorAll<HTMLDetailsElement>('details.pf-filter-group')) foldGroup(group, expanded, words);
  };
  // After the pane has drawn the new counts (its own listener was added first).
  instance.on('filters', () => queueMicrotask(fold));
  instance.on('results', () => queueMicrotask(fold));
}

function foldGroup(group: HTMLDetailsElement, expanded: Set<string>, words: ButtonWords): void {
  const name = group.dataset.filterName ?? '';
  const options = group.querySelector<HTMLElement>('.pf-filter-options');
  if (!options) return;
  const labels = [...options.querySelectorAll<HTMLLabelElement>('label.pf-filter-checkbox')];
  const count = (label: HTMLLabelElement) => Number(label.querySelector('.pf-filter-checkbox-count')?.textContent ?? 0);
  const text = (label: HTMLLabelElement) => label.querySelector('input')?.value ?? label.textContent ?? '';
  const ticked = (label: HTMLLabelElement) => label.querySelector('input')?.checked ?? false;
  const values = labels.map((label) => ({ label, text: text(label), count: count(label), ticked: ticked(label), listed: !label.hasAttribute('data-pf-hidden') }));
  let button = group.querySelector<HTMLButtonElement>('button.filter-show-all');
  const open = expanded.has(name);
  const folding = foldFilterList(values, open);
  if (!folding) {
    for (const label of labels) label.removeAttribute('data-folded');
    button?.remove();
    return;
  }
  for (const value of folding.order) {
    options.append(value.label);
    value.label.toggleAttribute('data-folded', folding.folded.has(value));
  }
  if (!button) {
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'filter-show-all';
    button.addEventListener('click', () => {
      if (expanded.has(name)) expanded.delete(name);
      else expanded.add(name);
      foldGroup(group, expanded, words);
    });
    options.after(button);
  }
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? words.showMostFrequent : words.showAll.replaceAll('{count}', String(values.filter((value) => value.listed).length));
}
