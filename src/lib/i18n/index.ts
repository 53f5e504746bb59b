import { en, type UiStrings } from './en.ts';
import { es } from './es.ts';

export type { UiStrings } from './en.ts';

/**
 * The words of every language the archive's pages can be in, by BCP 47 primary tag. The type makes
 * each language give every key of UiStrings (tests/unit/i18n checks it at run time too).
 */
export const uiStrings = { en, es } as const satisfies Record<string, UiStrings>;

export type UiLanguage = keyof typeof uiStrings;

/** True when the archive has the words of this language (by its primary tag: "es-MX" is "es"). */
export function hasUiStrings(language: string): boolean {
  return primaryTag(language) in uiStrings;
}

/** The words for a language ("es", "es-MX"), in English when the archive has none for it. */
export function stringsFor(language: string): UiStrings {
  const tag = primaryTag(language);
  return tag in uiStrings ? uiStrings[tag as UiLanguage] : uiStrings.en;
}

function primaryTag(language: string): string {
  return language.toLowerCase().split('-')[0] ?? '';
}
