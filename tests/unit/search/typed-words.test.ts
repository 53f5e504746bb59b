import { describe, expect, it } from 'vitest';
import { inflectionStem, showsTypedWord, typedWordMatcher, typedWords } from '../../../src/lib/search/typed-words.ts';

describe('which words of a page show a typed word', () => {
  it('folds case and accents and splits at punctuation', () => {
    expect(typedWords('Ryan  PERRY, (shuffle-sharding)')).toEqual(['ryan', 'perry', 'shuffle', 'sharding']);
    expect(typedWords('González')).toEqual(['gonzalez']);
  });

  it('matches an inflection in the page\'s language: "queries" and "query" in English, "perro" and "perros" in Spanish', () => {
    expect(typedWordMatcher(['queries'], 'en')('query')).toBe('queries');
    expect(typedWordMatcher(['shard'], 'en')('sharding')).toBe('shard');
    expect(typedWordMatcher(['perro'], 'es')('perros')).toBe('perro');
    expect(typedWordMatcher(['perro'], 'es')('perra')).toBe('perro');
  });

  it('does not match another language\'s stem, a prefix of a longer word, or a lone letter', () => {
    expect(typedWordMatcher(['perry'], 'es')('perros')).toBeUndefined();
    expect(typedWordMatcher(['perry'], 'en')('perros')).toBeUndefined();
    expect(typedWordMatcher(['keda'], 'en')('k')).toBeUndefined();
    expect(typedWordMatcher(['traefik'], 'es')('tra')).toBeUndefined();
    expect(typedWordMatcher(['shuf'], 'en')('shuffle')).toBeUndefined();
  });

  it('leaves a word of a language without rules as it is', () => {
    expect(inflectionStem('queries', 'de')).toBe('queries');
    expect(showsTypedWord('Comida para perros', ['perry'], 'es')).toBe(false);
    expect(showsTypedWord('with Ryan Perry', ['perry'], 'en')).toBe(true);
  });
});
