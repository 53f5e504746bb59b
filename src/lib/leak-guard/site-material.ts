import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { readGuestProfiles } from '../collection/guests/profiles-folder.ts';
import { profileFacts } from './public-material.ts';
import { siteStrings } from './site-strings.ts';
import type { SiteSource } from './trace-sources.ts';

/** What the site itself contributes to the guard's judgement, beside the notes. */
export interface SiteMaterial {
  /** Files published as written (the pages Astro resolved, guest profiles): a leak is traced to the one that holds it. */
  handWritten: SiteSource[];
  /** Texts the site publishes: the configuration's, guests' names and link addresses. */
  publicTexts: string[];
  /** The words the site's code writes around facts, from one explicit list (siteStrings). */
  siteStrings: string[];
}

/**
 * The site's material: the config's texts (`siteTexts`), the guest profiles' facts and text, the
 * explicit list of the site's own words, and the text of each page file Astro resolved (hand-written
 * pages are published as written; they explain nothing, but name where leaked words are written).
 */
export function siteMaterial(options: { siteTexts?: readonly string[] | undefined; guestsFolder?: string | undefined }, pageFiles: Iterable<string>): SiteMaterial {
  const profiles = options.guestsFolder ? readGuestProfiles(options.guestsFolder, shownPath(options.guestsFolder)).profiles : [];
  const pages = [...pageFiles].map((file) => ({ file: shownPath(file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));
  return {
    handWritten: [...pages, ...profiles.map((profile) => ({ file: profile.file, text: profile.text }))],
    publicTexts: [...(options.siteTexts ?? []), ...profiles.flatMap((profile) => profileFacts(profile.profile))],
    siteStrings: siteStrings(),
  };
}

/** A path as the build's messages show it: relative to the project. */
function shownPath(path: string): string {
  return relative(process.cwd(), resolve(path)) || '.';
}
