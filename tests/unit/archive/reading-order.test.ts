// README: "Topic and guest lists sort as people read them, accents and case folded ("eBPF" among the E's)."
import { describe, expect, it } from 'vitest';
import { guestIndex, topicIndex } from '../../../src/lib/archive/indexes.ts';

const episode = (key: string, guests: string[], topics: string[]) => ({
  key, number: null, date: '2024-01-19', startsAt: '2024-01-19T15:00:00Z', guests,
  topics: topics.map((name) => ({ name, slug: name.toLowerCase() })),
});

describe('topic and guest lists sort as people read them', () => {
  it('puts "eBPF" among the E\'s and "k6" among the K\'s, not after every capital', () => {
    const topics = topicIndex([episode('1', [], ['Zeta', 'k6', 'Alloy', 'eBPF', 'Faro'])]).map((entry) => entry.name);
    expect(topics).toEqual(['Alloy', 'eBPF', 'Faro', 'k6', 'Zeta']);
  });

  it('folds accents and case in guests\' names: "Émile" among the E\'s, "anna" among the A\'s', () => {
    const guests = guestIndex([episode('1', ['Zoe Walker', 'Émile Durand', 'anna Berg', 'Bruno Costa'], [])]).map((entry) => entry.name);
    expect(guests).toEqual(['anna Berg', 'Bruno Costa', 'Émile Durand', 'Zoe Walker']);
  });
});
