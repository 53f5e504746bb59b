import { describe, expect, it } from 'vitest';
import { episodeHeadlineWithShow, initials, showShortName } from '../../../src/lib/archive/format.ts';

describe('a guest\'s initials on a placeholder avatar', () => {
  it('takes the first and last names, never a bracket or the nickname in it', () => {
    expect(initials('Ryan Perry')).toBe('RP');
    expect(initials('Joseph (Joe) Elliot')).toBe('JE');
    expect(initials('Zoë Martínez Ortega')).toBe('ZO');
    expect(initials('Łukasz Gut')).toBe('ŁG');
    expect(initials('"Salva" Corts')).toBe('SC');
    expect(initials('Marylia')).toBe('M');
  });
});

describe('naming an episode with its show', () => {
  it('puts the show before the number, one pattern for every show: a dated episode has no number', () => {
    expect(episodeHeadlineWithShow({ number: 29, title: 'Tracing' }, 'Grafana Office Hours')).toBe('Grafana Office Hours #29: Tracing');
    expect(episodeHeadlineWithShow({ number: null, title: 'Structured metadata' }, 'Loki Community Call')).toBe('Loki Community Call: Structured metadata');
  });

  it('shortens a show\'s name to the first letter of each word, "&" kept, unless the config gives one', () => {
    expect(showShortName({ name: 'Grafana Office Hours' })).toBe('GOH');
    expect(showShortName({ name: 'Adobo & Avocados' })).toBe('A&A');
    expect(showShortName({ name: 'Café con Grafana' })).toBe('CCG');
    expect(showShortName({ name: 'Grafana OpenTelemetry Community Call', shortName: 'OTel' })).toBe('OTel');
  });
});
