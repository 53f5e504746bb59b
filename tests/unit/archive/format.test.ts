import { describe, expect, it } from 'vitest';
import { initials } from '../../../src/lib/archive/format.ts';

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
