import { describe, expect, it } from 'vitest';
import { topicNameIn } from '../../../src/lib/archive/topic-names.ts';

const vocabulary = [
  { name: 'Distributed tracing', names: { es: 'Trazas distribuidas' } },
  { name: 'AI and LLM observability', slug: 'ai', names: { es: 'Observabilidad de IA y LLM' } },
  { name: 'Tempo' },
];

describe('a topic\'s name on a page', () => {
  it('is the vocabulary\'s name in the page\'s language, found by the topic\'s slug', () => {
    expect(topicNameIn({ name: 'Distributed tracing', slug: 'distributed-tracing' }, 'es', vocabulary)).toBe('Trazas distribuidas');
    expect(topicNameIn({ name: 'AI and LLM observability', slug: 'ai' }, 'es-ES', vocabulary)).toBe('Observabilidad de IA y LLM');
  });

  it('is the topic\'s own name in another language, without a translation, or outside the vocabulary', () => {
    expect(topicNameIn({ name: 'Distributed tracing', slug: 'distributed-tracing' }, 'en', vocabulary)).toBe('Distributed tracing');
    expect(topicNameIn({ name: 'Tempo', slug: 'tempo' }, 'es', vocabulary)).toBe('Tempo');
    expect(topicNameIn({ name: 'Chaos engineering', slug: 'chaos-engineering' }, 'es', vocabulary)).toBe('Chaos engineering');
  });
});
