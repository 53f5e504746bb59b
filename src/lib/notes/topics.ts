import { slugify } from './slug.ts';

/** A topic of an episode: shown by name, found by slug. */
export interface Topic {
  name: string;
  slug: string;
}

export interface TopicVocabularyEntry {
  name: string;
  slug?: string;
  aliases: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Resolves an episode's topics: tags (frontmatter and inline, mapped onto the vocabulary by name
 * or alias, kept as written otherwise) and every vocabulary topic whose name or alias appears in
 * the title as whole words. One topic per slug, vocabulary order first.
 */
export function resolveTopics(title: string, tags: readonly string[], vocabulary: readonly TopicVocabularyEntry[]): Topic[] {
  const byKey = new Map<string, Topic>();
  for (const entry of vocabulary) {
    const topic = { name: entry.name, slug: entry.slug ?? slugify(entry.name) };
    for (const name of [entry.name, ...entry.aliases]) byKey.set(slugify(name), topic);
  }
  const found = new Map<string, Topic>();
  for (const entry of vocabulary) {
    const names = [entry.name, ...entry.aliases];
    if (names.some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(title))) {
      const topic = byKey.get(slugify(entry.name))!;
      found.set(topic.slug, topic);
    }
  }
  for (const raw of tags) {
    const tag = raw.replace(/^#/, '').trim();
    if (!tag) continue;
    const topic = byKey.get(slugify(tag)) ?? { name: tag.replace(/[-_]/g, ' '), slug: slugify(tag) };
    if (!found.has(topic.slug)) found.set(topic.slug, topic);
  }
  return [...found.values()];
}
