import { describe, expect, it } from 'vitest';
import { linkedSentence } from '../../../src/lib/i18n/linked-sentence.ts';
import { uiStrings } from '../../../src/lib/i18n/index.ts';

describe('a translated sentence with links', () => {
  it('splits the text around the links marked [like this], their addresses in order', () => {
    expect(linkedSentence('The [RSS feed] has every [new episode].', ['/rss.xml', '/episodes/'])).toEqual([
      { text: 'The ' }, { text: 'RSS feed', href: '/rss.xml' }, { text: ' has every ' }, { text: 'new episode', href: '/episodes/' }, { text: '.' },
    ]);
  });

  it('refuses a sentence that marks another number of links than it is given', () => {
    expect(() => linkedSentence('No link here.', ['/rss.xml'])).toThrow(/marks 0 links, not 1/);
    expect(() => linkedSentence('[One] and [two].', ['/a/'])).toThrow(/more links/);
  });

  it('finds in every language the links each About sentence needs', () => {
    for (const [language, t] of Object.entries(uiStrings)) {
      expect(() => linkedSentence(t.about.browse, ['/e/', '/g/', '/t/', '/s/']), language).not.toThrow();
      for (const sentence of [t.about.feedShows, t.about.feedOneShow, t.about.calendar]) expect(() => linkedSentence(sentence, ['/x/']), language).not.toThrow();
    }
  });
});
