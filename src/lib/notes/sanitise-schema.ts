import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { WIKILINK_ATTRIBUTES } from './inline-syntax.ts';

// What the archive may publish as HTML, written once for every renderer. Raw HTML in a note or a
// transcript never reaches the sanitiser (remark-rehype drops it); this removes whatever else could run
// script or load from elsewhere.

/**
 * What a transcript may publish: GitHub's schema (rehype-sanitize's default) minus form inputs, so a
 * task list's checkboxes render as plain items.
 */
export const TRANSCRIPT_HTML_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
};

/**
 * What a note may publish: a transcript's schema plus wikilinks, spans naming what they may link to.
 * Only the note parser makes them (inline-syntax.ts); a transcript has none, so its schema keeps spans bare.
 */
export const NOTE_HTML_SCHEMA: Schema = {
  ...TRANSCRIPT_HTML_SCHEMA,
  attributes: { ...TRANSCRIPT_HTML_SCHEMA.attributes, span: [...WIKILINK_ATTRIBUTES] },
};
