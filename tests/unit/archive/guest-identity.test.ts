import { describe, expect, it } from 'vitest';
import { oneNamePerPerson, titleNamesEveryGuest } from '../../../src/lib/archive/guest-identity.ts';
import { guestIndex, topicIndex } from '../../../src/lib/archive/indexes.ts';

const episode = (key: string, guests: string[], extra: { guestLinks?: Record<string, string> } = {}) => ({ key, number: null, date: '2024-01-01', startsAt: `2024-01-0${key}T00:00:00Z`, guests, topics: [], ...extra });

describe('one person, one name, across the archive', () => {
  it('writes names that differ only in accents or case with the accented spelling, in every episode', () => {
    const episodes = oneNamePerPerson([
      episode('1', ['Daniel Gonzalez Lopes'], { guestLinks: { 'Daniel Gonzalez Lopes': 'https://www.linkedin.com/in/example/' } }),
      episode('2', ['Daniel González Lopes', 'ana silva']),
      episode('3', ['Ana Silva']),
    ]);
    expect(episodes.map((item) => item.guests)).toEqual([['Daniel González Lopes'], ['Daniel González Lopes', 'ana silva'], ['ana silva']]);
    expect(episodes[0]?.guestLinks).toEqual({ 'Daniel González Lopes': 'https://www.linkedin.com/in/example/' });
    expect(guestIndex(episodes).map((entry) => [entry.slug, entry.name, entry.episodes.length])).toEqual([
      ['ana-silva', 'ana silva', 2],
      ['daniel-gonzalez-lopes', 'Daniel González Lopes', 2],
    ]);
  });

  it('sorts guests and topics as people read them, accents and case folded', () => {
    const topics = ['k6', 'Loki', 'eBPF', 'Alloy', 'Élan'].map((name) => ({ name, slug: name.toLowerCase() }));
    expect(topicIndex([{ ...episode('1', ['Zoë', 'Émile', 'adam', 'Bea']), topics }]).map((entry) => entry.name)).toEqual(['Alloy', 'eBPF', 'Élan', 'k6', 'Loki']);
    expect(guestIndex([episode('1', ['Zoë', 'Émile', 'adam', 'Bea'])]).map((entry) => entry.name)).toEqual(['adam', 'Bea', 'Émile', 'Zoë']);
  });
});

describe('a title that names its guests', () => {
  it('names them when every guest is in it as whole words, accents and case aside', () => {
    expect(titleNamesEveryGuest('Mental health as a superpower with Karen Todd', ['Karen Todd'])).toBe(true);
    expect(titleNamesEveryGuest('Charla con lucia fernandez y Mateo', ['Lucía Fernández'])).toBe(true);
    expect(titleNamesEveryGuest('Profiling, with Grafana Pyroscope & Ryan Perry', ['Ryan Perry', 'Jane Doe'])).toBe(false);
    expect(titleNamesEveryGuest('Annotations in dashboards', ['Ann'])).toBe(false);
    expect(titleNamesEveryGuest('No guests here', [])).toBe(false);
  });
});
