import { describe, expect, it } from 'vitest';
import { siteStrings, WORDS_OUTSIDE_DICTIONARIES } from '../../../src/lib/leak-guard/site-strings.ts';

describe('the site\'s own words, as the leak guard knows them', () => {
  const strings = siteStrings();

  it('are every language\'s dictionary, a sentence split where its placeholders go', () => {
    // hostedBy: (names) => `Hosted by ${names}.`; in Spanish `Presentado por ${names}.`
    expect(strings).toEqual(expect.arrayContaining(['Hosted by', 'Presentado por', 'More episodes of', 'Más episodios de', 'con', 'with']));
    // episodeCount: (count) => `${count} ${count === 1 ? 'episode' : 'episodes'}`: both words, without the number.
    expect(strings).toEqual(expect.arrayContaining(['episode', 'episodes']));
    expect(strings.some((text) => /\u0000|\b[12]\b/.test(text))).toBe(false);
  });

  it('include the words feeds and site-language pages write outside the dictionaries, and nothing read from source files', () => {
    expect(strings).toEqual(expect.arrayContaining([...WORDS_OUTSIDE_DICTIONARIES]));
    // A component's markup or a module's string literal is no longer a site string.
    expect(strings).not.toContain('text/plain; charset=utf-8');
    expect(strings).not.toContain('Search needs JavaScript.');
  });
});
