import { describe, expect, it } from 'vitest';
import { topicsIn, type TopicVocabularyEntry } from '../../../src/lib/notes/topics.ts';

const vocabulary: TopicVocabularyEntry[] = [
  { name: 'Grafana', aliases: [] },
  { name: 'Loki', aliases: ['Grafana Loki'] },
  { name: 'OpenTelemetry', aliases: ['OTel', 'OpenTelemetry Collector'] },
  { name: 'Adaptive Logs', aliases: ['Grafana Cloud Adaptive Logs'] },
];
const names = (texts: string[], minMentions?: number) => topicsIn(texts, vocabulary, minMentions).map((topic) => topic.name);

describe('topicsIn, the vocabulary\'s topics a text names', () => {
  it('takes the longest name that starts at a word, through names that begin with a shorter one', () => {
    expect(names(['Grafana Loki in practice'])).toEqual(['Loki']);
    expect(names(['Grafana dashboards'])).toEqual(['Grafana']);
    // "Grafana Cloud" is no name, but it begins one: the match reaches the four words.
    expect(names(['Try Grafana Cloud Adaptive Logs today'])).toEqual(['Adaptive Logs']);
    // A longer name is not found where its first words are followed by others.
    expect(names(['Grafana Cloud pricing'])).toEqual(['Grafana']);
    expect(names(['The OpenTelemetry Collector, then OTel again'])).toEqual(['OpenTelemetry']);
  });

  it('finds a name right after a run of words that began another, in whole words and any case', () => {
    expect(names(['grafana cloud loki'])).toEqual(['Grafana', 'Loki']);
    expect(names(['Lokis and otelcol are not names'])).toEqual([]);
  });

  it('counts mentions when asked for several', () => {
    expect(names(['Loki, Grafana Loki and loki again; Grafana once'], 3)).toEqual(['Loki']);
  });
});
