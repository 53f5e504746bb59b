import { slugify } from '../notes/slug.ts';

/** A topic of the vocabulary, as the config gives it. */
export interface TopicNames {
  name: string;
  slug?: string;
  names?: Readonly<Record<string, string>>;
}

/**
 * How a page in `language` names a topic: the vocabulary's name in that language when it gives one
 * ("Trazas distribuidas" on a Café con Grafana page), else the topic's own name. The search filter and
 * the topic's page keep the topic's own name, so a topic is one filter value in every language.
 */
export function topicNameIn(topic: { name: string; slug: string }, language: string, vocabulary: readonly TopicNames[]): string {
  const base = language.toLowerCase().split('-')[0] ?? '';
  const entry = vocabulary.find((candidate) => (candidate.slug ?? slugify(candidate.name)) === topic.slug);
  return entry?.names?.[base] ?? topic.name;
}
