import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutputs } from '../../../src/lib/leak-guard/incremental-check.ts';
import { readOutputFiles } from '../../../src/lib/leak-guard/output-files.ts';
import { collectSecrets } from '../../../src/lib/leak-guard/secrets.ts';
import { TEXT_BREAK } from '../../../src/lib/leak-guard/words.ts';

const withheld = {
  reason: 'internal section' as const, section: 'Checklist', line: 3,
  texts: ['Ask Lee about the unreleased roadmap before the stream starts', 'Codename Nightingale'],
};
const secrets = collectSecrets([{ file: 'GOH-07.md', episode: '7', withheld: [withheld], publicText: '' }]);

// A real index, written by Pagefind itself, holding withheld text that is nowhere else in the folder:
// the leak guard must find it by decoding Pagefind's files, not by reading a page.
const folder = mkdtempSync(join(tmpdir(), 'pagefind-leak-'));
beforeAll(async () => {
  const { index, errors } = await pagefind.createIndex({});
  expect(errors).toEqual([]);
  await index!.addHTMLFile({
    url: '/episodes/7/',
    content: '<html lang="en"><body data-pagefind-body><h1>Episode 7</h1>'
      + '<p>A public point. Ask Lee about the unreleased roadmap before the stream starts.</p>'
      + '<span data-pagefind-filter="project">Codename Nightingale</span></body></html>',
  });
  await index!.addHTMLFile({ url: '/episodes/8/', content: '<html lang="en"><body data-pagefind-body><h1>Episode 8</h1><p>Nothing withheld here.</p></body></html>' });
  expect((await index!.writeFiles({ outputPath: folder })).errors).toEqual([]);
  await pagefind.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the leak guard over Pagefind's index", () => {
  it('reads the page text in fragments and the values in filters', () => {
    const kinds = new Set(readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => extname(file)));
    expect([...kinds]).toEqual(expect.arrayContaining(['.pf_fragment', '.pf_filter', '.pf_meta', '.pf_index']));
    const result = checkOutputs(readOutputFiles(folder), secrets, undefined);
    const found = result.leaks.map((leak) => `${extname(leak.outputFile)} ${leak.secret.text}`).sort();
    expect(found).toEqual([
      '.pf_filter Codename Nightingale',
      '.pf_fragment Ask Lee about the unreleased roadmap before the stream starts',
      '.pf_fragment Codename Nightingale',
    ]);
  });

  it('decodes filter names and values as words, without CBOR length bytes glued to them', () => {
    const filters = [...readOutputFiles(folder)].filter((file) => file.path.endsWith('.pf_filter'));
    expect(filters.map((file) => file.readText().split(TEXT_BREAK))).toContainEqual(expect.arrayContaining(['project', 'Codename Nightingale']));
  });
});
