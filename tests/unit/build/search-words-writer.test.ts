import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeSearchWords } from '../../../src/lib/build/search-words-writer.ts';
import type { PageFragment } from '../../../src/lib/search/page-hit.ts';

const work = mkdtempSync(join(tmpdir(), 'search-words-'));

/** A bundle folder with Pagefind's fragments as Pagefind writes them (gzipped, after its marker). */
function bundle(name: string, fragments: Record<string, PageFragment>): string {
  const folder = join(work, name);
  mkdirSync(join(folder, 'fragment'), { recursive: true });
  for (const [id, fragment] of Object.entries(fragments)) {
    writeFileSync(join(folder, 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
  }
  return folder;
}

/** Every file of the bundle's word lists, by path. */
function wordLists(folder: string): Record<string, string> {
  const root = join(folder, 'words');
  return Object.fromEntries(readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    .map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

const page = (url: string, content: string, title: string): PageFragment => ({ url, content, meta: { title }, filters: { show: ['Grafana Office Hours'] } });
const pages = {
  en_a1: page('/episodes/1/', 'Sharding queries in Loki.', 'Scaling Loki'),
  en_b2: page('/episodes/2/', 'Dashboards for everyone.', 'Dashboards'),
  es_c3: page('/episodes/ccg/1/', 'Los perros y las canciones.', 'Perros'),
};

describe('the search\'s word lists, written with the words of the last build\'s pages', () => {
  it('are the same files whether each fragment is read or taken from the last build', () => {
    const cache = { file: join(work, 'same.json'), version: 'v1' };
    writeSearchWords(bundle('plain', pages));
    const uncached = wordLists(join(work, 'plain'));
    writeSearchWords(bundle('first', pages), cache);
    writeSearchWords(bundle('second', pages), cache);
    expect(wordLists(join(work, 'first'))).toEqual(uncached);
    expect(wordLists(join(work, 'second'))).toEqual(uncached);
  });

  it('read a fragment again when its bytes changed, even under the same name', () => {
    const cache = { file: join(work, 'changed.json'), version: 'v1' };
    writeSearchWords(bundle('before', pages), cache);
    const edited = { ...pages, en_b2: page('/episodes/2/', 'Dashboards and alerting for everyone.', 'Dashboards') };
    writeSearchWords(bundle('after', edited), cache);
    expect(JSON.stringify(wordLists(join(work, 'after')))).toContain('alert');
  });

  it('take nothing from words read by another version of the code', () => {
    const file = join(work, 'version.json');
    writeSearchWords(bundle('old', pages), { file, version: 'v1' });
    // A forged entry, as an older word-list code might have written it: a later version must not use it.
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { pages: Record<string, { shown: string[] }> };
    for (const words of Object.values(kept.pages)) words.shown.push('forged');
    writeFileSync(file, JSON.stringify(kept));
    writeSearchWords(bundle('same-version', pages), { file, version: 'v1' });
    expect(JSON.stringify(wordLists(join(work, 'same-version'))), 'the same version takes the kept words').toContain('forged');
    writeSearchWords(bundle('new-version', pages), { file, version: 'v2' });
    expect(JSON.stringify(wordLists(join(work, 'new-version')))).not.toContain('forged');
  });
});
