import { describe, expect, it } from 'vitest';
import { FilterSpellings } from '../../../src/lib/search/filter-facets.ts';

const english = { guest: { 'Daniel Gonzalez Lopes': 1, 'zoë Ortega': 1, 'Ana Ruiz': 2 }, topic: { tempo: 1, Loki: 3 }, kind: { transcript: 4 } };
const spanish = { guest: { 'Daniel González Lopes': 2, 'Ángel Díaz': 1 }, topic: { Tempo: 1 } };

describe('one filter list across the languages\' indexes', () => {
  const names = new FilterSpellings([english, spanish], ['kind']);

  it('lists one person once, under the spelling with accents, sorted with accents and case folded', () => {
    expect(names.groups()).toEqual({ guest: ['Ana Ruiz', 'Ángel Díaz', 'Daniel González Lopes', 'zoë Ortega'], topic: ['Loki', 'Tempo'] });
  });

  it('shows a name with its accents even where most pages spell it without them', () => {
    // Same capitals, and the plain spelling on five pages against one: only the accents can choose.
    const spellings = new FilterSpellings([{ guest: { 'Jose Perez': 5 } }, { guest: { 'José Pérez': 1 } }]);
    expect(spellings.groups()).toEqual({ guest: ['José Pérez'] });
    expect(spellings.fold([{ guest: { 'Jose Perez': 5 } }, { guest: { 'José Pérez': 1 } }]).guest).toEqual({ 'José Pérez': 6 });
  });

  it('adds the counts of every spelling', () => {
    expect(names.fold([english, spanish]).guest).toEqual({ 'Ana Ruiz': 2, 'Ángel Díaz': 1, 'Daniel González Lopes': 3, 'zoë Ortega': 1 });
  });

  it('counts the results shown, a result once even when two of its pages spell a name two ways', () => {
    expect(names.count([{ filters: { guest: ['Daniel Gonzalez Lopes', 'Daniel González Lopes'], kind: ['transcript'] } }]).guest!['Daniel González Lopes']).toBe(1);
  });

  it('searches every spelling of a chosen name', () => {
    expect(names.pagefindFilter({ guest: ['Daniel González Lopes'] })).toEqual({ guest: { any: ['Daniel Gonzalez Lopes', 'Daniel González Lopes'] } });
    expect(names.pagefindFilter({ guest: ['Ana Ruiz'], topic: ['Tempo'] })).toEqual({ all: [{ guest: 'Ana Ruiz' }, { topic: { any: ['tempo', 'Tempo'] } }] });
    expect(names.pagefindFilter({})).toEqual({});
  });
});
