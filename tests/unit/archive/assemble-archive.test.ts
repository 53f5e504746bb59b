import { describe, expect, it } from 'vitest';
import { assembleArchive, type NoteState } from '../../../src/lib/archive/assemble-archive.ts';
import type { UrlRegistry } from '../../../src/lib/archive/url-registry.ts';
import { keyOfUrl, retireUrl } from '../../../src/lib/workflow/retire-url.ts';

// Expected values are written out by hand from the registry below.
const registry: UrlRegistry = {
  version: 1,
  episodes: {
    'call/2025-08-12': { key: 'call/2025-08-12-first', file: 'notes/call.md' },
    'oh#28': { key: '28', file: 'notes/GOH 28.md' },
  },
};
const call = { show: 'call', number: null, date: '2025-08-12', title: 'First', key: 'call/2025-08-12-first', sourceFile: 'notes/call.md' };
const goh28 = { show: 'oh', number: 28, date: '2024-07-19', title: 'Metrics', key: '28', sourceFile: 'notes/GOH 28.md' };
const assemble = (episodes: (typeof call | typeof goh28)[], state?: NoteState) =>
  assembleArchive({ episodes, registry, registryFile: 'urls.json', noteAt: (file) => (file === 'notes/GOH 28.md' ? state : { kind: 'page' }) });

describe('the archive\'s assembly', () => {
  it('publishes every episode at the URL the registry pinned, with no error when none is gone', () => {
    const archive = assemble([call, goh28], { kind: 'page' });
    expect(archive.errors).toEqual([]);
    expect(archive.episodes.map((episode) => episode.key)).toEqual(['call/2025-08-12-first', '28']);
    expect(archive.changed).toBe(false);
  });

  it('stops when a published episode is now a draft, naming its note, line, what it lacks and the fix', () => {
    const [error] = assemble([call], { kind: 'draft', line: 5, marked: false, lacks: ['date'] }).errors;
    expect([error!.file, error!.line, error!.problem]).toEqual(['notes/GOH 28.md', 5, 'this episode was published at /episodes/28/ and is now a draft (no date): its page would leave the site']);
    expect(error!.fix).toBe('give it back its date; to take it off the site on purpose, write `draft: true` in its frontmatter; to give up its URL for good, `npm run retire -- 28`.');
  });

  it('lets a published episode go when its note says `draft: true`', () => {
    expect(assemble([call], { kind: 'draft', line: 5, marked: true, lacks: [] }).errors).toEqual([]);
    expect(assemble([call], { kind: 'refused', line: 3, marked: true, stops: false }).errors).toEqual([]);
  });

  it('stops when a published episode\'s note is gone, at the registry\'s line, or refused as a draft\'s, or no episode any more', () => {
    expect(assemble([call], undefined).errors.map((error) => [error.file, error.line])).toEqual([['urls.json', 8]]);
    expect(assemble([call], { kind: 'refused', line: 3, marked: false, stops: false }).errors.map((error) => error.line)).toEqual([3]);
    // Its own error already stops the build: said once.
    expect(assemble([call], { kind: 'refused', line: 3, marked: false, stops: true }).errors).toEqual([]);
    expect(assemble([call], { kind: 'not an episode', line: 1 }).errors.map((error) => error.problem)).toEqual(['this episode was published at /episodes/28/ and its note is no longer read as an episode: its page would leave the site']);
  });

  it('stops on two episodes the registry puts at one URL (two notes of one key are the notes-folder loop\'s to name)', () => {
    const second = { ...call, date: '2025-08-19', title: 'Second', key: 'call/2025-08-19-second', sourceFile: 'notes/other.md' };
    const pinnedThere = { ...registry, episodes: { ...registry.episodes, 'call/2025-08-19': { key: 'call/2025-08-12-first', file: 'notes/other.md' } } };
    const errors = assembleArchive({ episodes: [call, second, goh28], registry: pinnedThere, registryFile: 'urls.json' }).errors;
    expect(assemble([call, { ...call, sourceFile: 'notes/copy.md' }, goh28], { kind: 'page' }).errors).toEqual([]);
    expect(errors.map((error) => [error.file, error.problem])).toEqual([['notes/other.md', 'this episode would be at /episodes/call/2025-08-12-first/, where notes/call.md is already (by urls.json)']]);
  });
});

describe('two episodes of a dated show that claim one number', () => {
  const aa = (number: number, date: string, title: string, videoId: string) =>
    ({ show: 'aa', number, date, title, key: `aa/${date}-${title.toLowerCase()}`, sourceFile: `notes/${title}.md`, videoId });

  it('publishes both, at their URLs, with the number shown for neither; others keep theirs', () => {
    const archive = assembleArchive({ episodes: [aa(23, '2023-12-04', 'Branding', 'AAAAAAAAAAa'), aa(23, '2023-12-11', 'Health', 'BBBBBBBBBBb'), aa(24, '2023-12-18', 'Next', 'CCCCCCCCCCc')], registry: { version: 1, episodes: {} }, registryFile: 'urls.json' });
    expect(archive.errors).toEqual([]);
    expect(archive.episodes.map((episode) => [episode.key, episode.number])).toEqual([['aa/2023-12-04-branding', null], ['aa/2023-12-11-health', null], ['aa/2023-12-18-next', 24]]);
  });
});

describe('retiring a published episode\'s URL', () => {
  it('reads the URL in any form', () => {
    expect(['/episodes/28/', 'https://example.org/base/episodes/28/', '28', 'episodes/call/2025-08-12-first'].map(keyOfUrl)).toEqual(['28', '28', '28', 'call/2025-08-12-first']);
  });

  it('takes the episode off the registry, so that its absence stops nothing', () => {
    const retired = retireUrl(registry, '/episodes/28/', new Set(['call/2025-08-12-first']));
    expect(retired.registry.episodes).toEqual({ 'call/2025-08-12': registry.episodes['call/2025-08-12'] });
    expect(assembleArchive({ episodes: [call], registry: retired.registry, registryFile: 'urls.json', noteAt: () => undefined }).errors).toEqual([]);
  });

  it('refuses a URL no episode was published at, or one that still has a page', () => {
    expect(() => retireUrl(registry, '/episodes/99/', new Set())).toThrow('no episode was published at /episodes/99/');
    expect(() => retireUrl(registry, '28', new Set(['28']))).toThrow('still has a page');
  });
});
