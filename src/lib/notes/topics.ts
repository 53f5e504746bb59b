import { slugify } from './slug.ts';
import type { Topic } from './episode-schema.ts';

// The shape is the episode schema's (episode-schema.ts), written once with the collection's validation.
export type { Topic };

export interface TopicVocabularyEntry {
  name: string;
  slug?: string;
  aliases: readonly string[];
}

/** The vocabulary compiled once: every name and alias as a sequence of words, and what each means. */
interface TopicMatcher {
  /** "opentelemetry collector" -> OpenTelemetry: names by their words, folded and joined by one space. */
  byWords: Map<string, Topic>;
  /** The most words a name has: how far a match can reach from a word. */
  longest: number;
  /** Every run of words a longer name starts with ("grafana" for "grafana loki"): past any other run, no name can match. */
  prefixes: Set<string>;
}

const matchers = new WeakMap<readonly TopicVocabularyEntry[], TopicMatcher>();

/** A text's words, folded (case, accents): "Auto-instrumentation in OTel" -> auto, instrumentation, in, otel. */
function foldedWords(text: string): string[] {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * One matcher per vocabulary (cached): a map from each name's words to its topic. A text is cut into
 * words once and each run of up to `longest` words looked up, so matching is linear in the text and
 * whole words by construction, whatever the vocabulary's size (no regular expression per topic).
 */
function matcherFor(vocabulary: readonly TopicVocabularyEntry[]): TopicMatcher {
  const cached = matchers.get(vocabulary);
  if (cached) return cached;
  const byWords = new Map<string, Topic>();
  const prefixes = new Set<string>();
  let longest = 0;
  for (const entry of vocabulary) {
    const topic = { name: entry.name, slug: entry.slug ?? slugify(entry.name) };
    for (const name of [entry.name, ...entry.aliases]) {
      const words = foldedWords(name);
      if (words.length === 0 || byWords.has(words.join(' '))) continue;
      byWords.set(words.join(' '), topic);
      for (let length = 1; length < words.length; length += 1) prefixes.add(words.slice(0, length).join(' '));
      longest = Math.max(longest, words.length);
    }
  }
  const matcher = { byWords, longest, prefixes };
  matchers.set(vocabulary, matcher);
  return matcher;
}

/**
 * The vocabulary's topics named in some texts (titles, chapters, a summary), in order of first mention;
 * with `minMentions`, only those named that many times (talking points mention much in passing).
 */
export function topicsIn(texts: readonly string[], vocabulary: readonly TopicVocabularyEntry[], minMentions = 1): Topic[] {
  const { byWords, longest, prefixes } = matcherFor(vocabulary);
  const found = new Map<string, { topic: Topic; mentions: number }>();
  for (const text of texts) {
    if (!text) continue;
    const words = foldedWords(text);
    for (let start = 0; start < words.length; start += 1) {
      let key = '';
      // The longest name starting at this word wins ("Grafana Loki" over "Grafana"...).
      let topic: Topic | undefined;
      let reach = 0;
      for (let length = 1; length <= longest && start + length <= words.length; length += 1) {
        key = length === 1 ? words[start]! : `${key} ${words[start + length - 1]}`;
        const named = byWords.get(key);
        if (named) {
          topic = named;
          reach = length;
        }
        if (!prefixes.has(key)) break;
      }
      if (!topic) continue;
      const seen = found.get(topic.slug);
      if (seen) seen.mentions += 1;
      else found.set(topic.slug, { topic, mentions: 1 });
      start += reach - 1;
    }
  }
  return [...found.values()].filter((entry) => entry.mentions >= minMentions).map((entry) => entry.topic);
}

/** A topic by name, as the vocabulary knows it (by name or alias), or as written. */
export function topicNamed(raw: string, vocabulary: readonly TopicVocabularyEntry[]): Topic | undefined {
  const tag = raw.replace(/^#/, '').trim();
  if (!tag) return undefined;
  return matcherFor(vocabulary).byWords.get(foldedWords(tag).join(' ')) ?? { name: tag.replace(/[-_]/g, ' '), slug: slugify(tag) };
}

// A topic the talking points name this often is what the episode is about, not a passing mention.
const TALKING_POINT_MENTIONS = 3;

export interface TopicSources {
  title: string;
  /** Chapter titles and the like: one mention, as in the title, gives the topic. */
  texts?: readonly string[];
  /** Talking points: a topic named three times or more (a passing mention is no topic). */
  talkingPoints?: string;
  /** Tags (frontmatter and inline): mapped onto the vocabulary by name or alias, kept as written otherwise. */
  tags?: readonly string[];
  /** Topics every episode of the show has. */
  showTopics?: readonly string[];
}

/**
 * Resolves an episode's topics: its show's own topics, then every vocabulary topic whose name or alias
 * appears as whole words (any case) in the title or chapters, or three times in the talking points, then its
 * tags. One topic per slug.
 */
export function resolveTopics(sources: TopicSources, vocabulary: readonly TopicVocabularyEntry[]): Topic[] {
  const found = new Map<string, Topic>();
  const add = (topic: Topic | undefined) => {
    if (topic && !found.has(topic.slug)) found.set(topic.slug, topic);
  };
  for (const name of sources.showTopics ?? []) add(topicNamed(name, vocabulary));
  for (const topic of topicsIn([sources.title, ...(sources.texts ?? [])], vocabulary)) add(topic);
  for (const topic of topicsIn([sources.talkingPoints ?? ''], vocabulary, TALKING_POINT_MENTIONS)) add(topic);
  for (const tag of sources.tags ?? []) add(topicNamed(tag, vocabulary));
  return [...found.values()];
}

/** Adds topics found later (in a transcript's summary) after an episode's own, each once. */
export function withMoreTopics(topics: readonly Topic[], more: readonly Topic[]): Topic[] {
  const slugs = new Set(topics.map((topic) => topic.slug));
  return [...topics, ...more.filter((topic) => !slugs.has(topic.slug) && slugs.add(topic.slug))];
}
