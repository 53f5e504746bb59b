import { describe, expect, it } from 'vitest';
import { siteStrings } from '../../../src/lib/leak-guard/site-strings.ts';
import { normaliseWords } from '../../../src/lib/leak-guard/words.ts';

describe('the site\'s own words, as the leak guard knows them', () => {
  const strings = siteStrings();

  it('are every language\'s dictionary, a sentence split where its placeholders go', () => {
    // hostedBy: (names) => `Hosted by ${names}.`; in Spanish `Presentado por ${names}.`
    expect(strings).toEqual(expect.arrayContaining(['Hosted by', 'Presentado por', 'More episodes of', 'Más episodios de', 'con', 'with']));
    // episodeCount: (count) => `${count} ${count === 1 ? 'episode' : 'episodes'}`: both words, without the number.
    expect(strings).toEqual(expect.arrayContaining(['episode', 'episodes']));
    expect(strings.some((text) => /\u0000|\b[12]\b/.test(text))).toBe(false);
  });

  it('hold the words feeds, calendars and site-language pages write around facts, from the dictionaries alone', () => {
    // Once kept by hand beside the dictionaries (WORDS_OUTSIDE_DICTIONARIES); now dictionary entries.
    const words = new Set(strings.map((text) => normaliseWords(text).join(' ')));
    for (const text of ['With', 'Watch live:', 'Episode page:', 'upcoming episodes', 'every feed', 'Shows', 'Guests', 'Topics', 'episodes with',
      'Every episode of', "Generated from the video's captions.", "The video's captions, as YouTube wrote them:", 'All episodes, page',
      'This episode has moved to', 'Moved', 'Episodes about', 'RSS feed for this topic', 'has covered, by topic', 'The shows of',
      'Search every episode of', 'by guest, topic, chapter or talking point', 'Ver en vivo:', 'Página del episodio:', 'Episodios sobre']) {
      expect(words, text).toContain(normaliseWords(text).join(' '));
    }
  });

  it('hold nothing read from source files', () => {
    // A component's markup or a module's string literal is not a site string.
    expect(strings).not.toContain('text/plain; charset=utf-8');
    expect(strings).not.toContain('Search needs JavaScript.');
  });
});
