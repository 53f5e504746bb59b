import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptFeedItemsFile } from '../../../src/lib/feeds/kept-feed-items.ts';

const work = mkdtempSync(join(tmpdir(), 'kept-items-'));
const file = join(work, 'feed-items', 'items.json');
afterEach(() => rmSync(join(work, 'feed-items'), { recursive: true, force: true }));

/** A build that keeps `items` (id → [key, xml]) and saves them. */
function build(code: string, items: Record<string, [string, string]>) {
  const kept = keptFeedItemsFile(file, code);
  for (const [id, [key, xml]] of Object.entries(items)) kept.keep(id, key, kept.get(id, key) ?? xml);
  return kept.save();
}

describe('feed items kept from one build to the next', () => {
  it('gives the next build an item only when it is asked for with the key it was written from', () => {
    build('code 1', { 'goh-1\0en': ['key a', '<item>1</item>'] });
    const next = keptFeedItemsFile(file, 'code 1');
    expect(next.get('goh-1\0en', 'key a')).toBe('<item>1</item>');
    expect(next.get('goh-1\0en', 'key b'), 'the episode changed').toBeUndefined();
    expect(next.get('goh-1\0es', 'key a'), 'another language').toBeUndefined();
    expect(next.get('goh-2\0en', 'key a'), 'another episode').toBeUndefined();
  });

  it('keeps nothing for a build of other code', () => {
    build('code 1', { 'goh-1\0en': ['key a', '<item>1</item>'] });
    expect(keptFeedItemsFile(file, 'code 2').get('goh-1\0en', 'key a')).toBeUndefined();
  });

  it('counts the items taken from the last build and those written, and keeps one item per episode and language', () => {
    expect(build('code 1', { 'goh-1\0en': ['key a', 'old 1'], 'goh-2\0en': ['key a', 'old 2'] })).toEqual({ taken: 0, written: 2 });
    expect(build('code 1', { 'goh-1\0en': ['key b', 'new 1'], 'goh-2\0en': ['key a', 'unused'] })).toEqual({ taken: 1, written: 1 });
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { items: Record<string, unknown> };
    expect(kept.items).toEqual({ 'goh-1\0en': { key: 'key b', xml: 'new 1' }, 'goh-2\0en': { key: 'key a', xml: 'old 2' } });
  });

  it('leaves the file as it was when no feed was written (every feed reused), so the build after still has the items', () => {
    build('code 1', { 'goh-1\0en': ['key a', '<item>1</item>'] });
    const before = statSync(file).mtimeMs;
    expect(keptFeedItemsFile(file, 'code 1').save()).toBeUndefined();
    expect(statSync(file).mtimeMs).toBe(before);
    expect(keptFeedItemsFile(file, 'code 1').get('goh-1\0en', 'key a')).toBe('<item>1</item>');
  });

  it('writes every item again when the file is missing or broken', () => {
    expect(keptFeedItemsFile(file, 'code 1').get('goh-1\0en', 'key a')).toBeUndefined();
    build('code 1', { 'goh-1\0en': ['key a', '<item>1</item>'] });
    writeFileSync(file, '{"code":"code 1","items":{"goh-1\\u0000en":{"key":"key a","xml":"<item>1</it');
    expect(keptFeedItemsFile(file, 'code 1').get('goh-1\0en', 'key a')).toBeUndefined();
    writeFileSync(file, JSON.stringify({ code: 'code 1', items: { 'goh-1\0en': { key: 'key a', xml: 7 } } }));
    expect(keptFeedItemsFile(file, 'code 1').get('goh-1\0en', 'key a')).toBeUndefined();
  });
});
