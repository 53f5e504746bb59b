// Landing from a search result: the result's link carries the words it matched
// (`?pagefind-highlight=queue#scaling-queriers-with-keda`, src/lib/search/episode-results.ts). Pagefind's
// highlight script marks them in the page's indexed text, and the first mark (after the linked heading,
// when there is one) is scrolled to, its collapsed <details> (the raw captions) opened. Loaded only
// when the address has words to highlight.

const PARAM = 'pagefind-highlight';
const MARK_CLASS = 'search-match';

export async function landOnMatch(): Promise<void> {
  if (!new URLSearchParams(location.search).has(PARAM)) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const module = await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`) as { default: new (options: Record<string, unknown>) => unknown };
  // No inline styles (the site's Content-Security-Policy): the mark's colours are in global.css.
  new module.default({ highlightParam: PARAM, addStyles: false, markOptions: { className: MARK_CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
  const marks = [...document.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)];
  const heading = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = marks.find((mark) => !heading || heading.contains(mark) || Boolean(heading.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? marks[0];
  if (!first) return;
  for (let details = first.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
  first.scrollIntoView({ block: 'center' });
  first.setAttribute('data-first-match', '');
}
