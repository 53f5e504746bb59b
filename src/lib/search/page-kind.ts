// Transcript pages carry a filter of their own (`kind: transcript`), never shown in the search's filter
// pane: a language's transcripts are merged into the instance of Pagefind that searches its episodes
// (two instances of one language in a page fail in Pagefind's WebAssembly), and the listing before
// anything is typed leaves them out with it.

export const KIND_FILTER = 'kind';
export const TRANSCRIPT_KIND = 'transcript';

/** Pagefind's filter that leaves transcript pages out. */
export const NOT_A_TRANSCRIPT = { not: { [KIND_FILTER]: TRANSCRIPT_KIND } } as const;

/** True for a transcript page's filters. */
export function isTranscriptPage(filters: Record<string, string[]>): boolean {
  return filters[KIND_FILTER]?.includes(TRANSCRIPT_KIND) ?? false;
}
