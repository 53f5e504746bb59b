import type { Leak } from './find-leaks.ts';
import { SHINGLE_WORDS } from './secrets.ts';
import { sequenceFinder } from './sequence-finder.ts';
import { tokenise } from './words.ts';

/** A file of the site that is published as written: a hand-written page, a component, a guest profile. */
export interface SiteSource {
  /** As authors know it, e.g. `src/pages/about.mdx`. */
  file: string;
  text: string;
}

/**
 * Where each leaked run of words comes from, when it is not the archive's doing: the hand-written
 * sources (pages, components, guest profiles) that hold the very run found in the output. The parser
 * decides what of a note is published, but it cannot control a checklist sentence pasted into
 * `about.mdx` or a guest's `bio:`; naming that file tells the author what to fix. Keyed by the run
 * as Leak.found gives it. Reads the sources only once something leaked.
 */
export function traceSources(leaks: readonly Leak[], sources: Iterable<SiteSource>): Map<string, string[]> {
  const runs = [...new Set(leaks.map((leak) => leak.found))];
  const traced = new Map<string, string[]>();
  if (runs.length === 0) return traced;
  const find = sequenceFinder(runs.map((run) => run.split(' ')), SHINGLE_WORDS);
  for (const source of sources) {
    for (const id of find(tokenise(source.text))) {
      const files = traced.get(runs[id]!) ?? [];
      files.push(source.file);
      traced.set(runs[id]!, files);
    }
  }
  return traced;
}
