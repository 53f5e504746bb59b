import type { NoteParserOptions } from './episode.ts';
import type { SectionKind } from './sections.ts';
import type { ShowRule } from './shows.ts';

/** The parser's options for a note of this show: the site's lists with the show's added. */
export function optionsForShow(options: NoteParserOptions, show: ShowRule): NoteParserOptions {
  const own = show.notes;
  if (!own) return options;
  const publicSections = { ...options.publicSections };
  for (const kind of Object.keys(publicSections) as SectionKind[]) {
    publicSections[kind] = union(publicSections[kind], own.publicSections?.[kind]);
  }
  return {
    ...options,
    publicSections,
    internalSections: union(options.internalSections, own.internalSections),
    templateInstructions: union(options.templateInstructions, own.templateInstructions),
    guestFields: union(options.guestFields ?? [], own.guestFields),
    openingLines: union(options.openingLines ?? [], own.openingLines),
  };
}

function union(site: readonly string[], show: readonly string[] | undefined): readonly string[] {
  return show?.length ? [...new Set([...site, ...show])] : site;
}
