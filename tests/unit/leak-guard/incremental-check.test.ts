import { describe, expect, it } from 'vitest';
import { checkOutputs, digestOf, outputChecker, type CleanRecord, type OutputFile } from '../../../src/lib/leak-guard/incremental-check.ts';
import { collectSecrets, type Secret } from '../../../src/lib/leak-guard/secrets.ts';
import fc from 'fast-check';
import { distinctHashes, encodeWordHashes, mayContainAll } from '../../../src/lib/leak-guard/word-hashes.ts';
import { normaliseWords } from '../../../src/lib/leak-guard/words.ts';

function secretsOf(...texts: string[]): Secret[] {
  return collectSecrets([{ file: 'GOH-26.md', episode: '26', publicText: '', withheld: [{ reason: 'internal section', section: 'Checklist', line: 9, texts }] }]);
}

/** Output files with a counter of how many times each was read. */
function site(pages: Record<string, string>) {
  const reads: string[] = [];
  const files: OutputFile[] = Object.entries(pages).map(([path, text]) => ({
    path, digest: digestOf(text), readText: () => (reads.push(path), text),
  }));
  return { files, reads };
}

const pages = {
  'episodes/26/index.html': 'Continuous profiling with Pyroscope and eBPF',
  'episodes/27/index.html': 'Tracing with Tempo, from spans to service graphs',
  'rss.xml': 'Continuous profiling with Pyroscope. Tracing with Tempo.',
};

function cleanRecordFor(secrets: Secret[]): CleanRecord {
  const first = checkOutputs(site(pages).files, secrets, undefined);
  expect(first.leaks).toEqual([]);
  return first.record!;
}

describe('a check in parts (the pages while the search index is written, then the index)', () => {
  it('finds a leak in a later part and proves the same as a check at once when all is clean', () => {
    const secrets = secretsOf('Book the Streamyard studio for Monday');
    const { files } = site({ ...pages, 'pagefind/fragment/en_1.pf_fragment': 'Book the Streamyard studio for Monday' });
    const parted = outputChecker(secrets, undefined);
    parted.check(files.slice(0, 3));
    parted.check(files.slice(3));
    expect(parted.finish().leaks.map((leak) => leak.outputFile)).toEqual(['pagefind/fragment/en_1.pf_fragment']);

    const clean = outputChecker(secrets, undefined);
    const { files: cleanFiles } = site(pages);
    clean.check(cleanFiles.slice(0, 1));
    clean.check(cleanFiles.slice(1));
    expect(clean.finish().record).toEqual(checkOutputs(site(pages).files, secrets, undefined).record);
  });
});

describe('the leak guard between builds', () => {
  it('reads nothing again when neither the site nor the withheld texts changed', () => {
    const secrets = secretsOf('Book the Streamyard studio for Monday');
    const record = cleanRecordFor(secrets);
    const { files, reads } = site(pages);
    const result = checkOutputs(files, secrets, record);
    expect(reads).toEqual([]);
    expect(result).toMatchObject({ leaks: [], checkedInFull: 0, readAgain: 0, unchanged: 3 });
  });

  it('checks a changed file against every withheld text, and finds a leak in it', () => {
    const secrets = secretsOf('Book the Streamyard studio for Monday');
    const record = cleanRecordFor(secrets);
    const { files, reads } = site({ ...pages, 'episodes/27/index.html': 'Tracing. Book the Streamyard studio for Monday!' });
    const result = checkOutputs(files, secrets, record);
    expect(reads).toEqual(['episodes/27/index.html']);
    expect(result.leaks.map((leak) => leak.outputFile)).toEqual(['episodes/27/index.html']);
    expect(result.record).toBeUndefined();
  });

  it('finds a new withheld text in a file that did not change, when the file holds its words', () => {
    const record = cleanRecordFor(secretsOf('Book the Streamyard studio for Monday'));
    // A note now withholds a sentence that an unchanged page happens to publish: a leak all the same.
    const secrets = secretsOf('Book the Streamyard studio for Monday', 'from spans to service graphs');
    const { files, reads } = site(pages);
    const result = checkOutputs(files, secrets, record);
    expect(result.leaks.map((leak) => [leak.outputFile, leak.secret.text])).toEqual([['episodes/27/index.html', 'from spans to service graphs']]);
    // Only the page whose words could hold the new text was read again.
    expect(reads).toEqual(['episodes/27/index.html']);
  });

  it('finds part of a new withheld paragraph in a file that did not change, reading only files that may hold such a part', () => {
    const record = cleanRecordFor(secretsOf('Book the Streamyard studio for Monday'));
    const secrets = secretsOf('Book the Streamyard studio for Monday', 'Remember: tracing with Tempo, from spans to service graphs, is next week. Keep it quiet.');
    const { files, reads } = site(pages);
    const result = checkOutputs(files, secrets, record);
    expect(result.leaks.map((leak) => [leak.outputFile, leak.found])).toEqual([['episodes/27/index.html', 'tracing with tempo from spans to']]);
    expect(reads).toEqual(['episodes/27/index.html']);
  });

  it('checks again a withheld text whose words stayed the same but which is now looked for differently', () => {
    const publicRecord = checkOutputs(site(pages).files, collectSecrets([{
      file: 'GOH-26.md', episode: '26', publicText: 'Tracing with Tempo, from spans to service graphs',
      withheld: [{ reason: 'internal section', section: 'Checklist', line: 9, texts: ['Tracing with Tempo, from spans to service graphs'] }],
    }]), undefined);
    expect(publicRecord.record?.secrets).toEqual([]);
    // The note no longer publishes the sentence: the same words are a secret now, and the page that shows them leaks.
    const result = checkOutputs(site(pages).files, secretsOf('Tracing with Tempo, from spans to service graphs'), publicRecord.record);
    expect(result.leaks.map((leak) => leak.outputFile)).toEqual(['episodes/27/index.html']);
  });

  it('does not read unchanged files that lack a word of every new withheld text', () => {
    const record = cleanRecordFor(secretsOf('Book the Streamyard studio for Monday'));
    const { files, reads } = site(pages);
    const result = checkOutputs(files, secretsOf('Book the Streamyard studio for Monday', 'Ask the guest for a headshot'), record);
    expect(reads).toEqual([]);
    expect(result).toMatchObject({ leaks: [], checkedInFull: 0, readAgain: 0, unchanged: 3 });
  });

  it('checks everything when the record is missing or from another version of the guard', () => {
    const secrets = secretsOf('Book the Streamyard studio for Monday');
    const record = { ...cleanRecordFor(secrets), version: -1 };
    const { files, reads } = site(pages);
    expect(checkOutputs(files, secrets, record).checkedInFull).toBe(3);
    expect(reads).toHaveLength(3);
  });
});

describe('the word record of a file', () => {
  it('never says a word is missing when it is there', () => {
    const words = normaliseWords('Continuous profiling with Pyroscope, eBPF and Grafana Alloy; ünïcode wörds too');
    const encoded = encodeWordHashes(words);
    expect(mayContainAll(encoded, words)).toBe(true);
    expect(mayContainAll(encoded, ['pyroscope', 'alloy'])).toBe(true);
    expect(mayContainAll(encoded, ['pyroscope', 'streamyard'])).toBe(false);
  });

  it('keeps every distinct hash once, in ascending order, zero and repeats included', () => {
    const hash = fc.oneof(fc.constantFrom(0, 1, 0xffffffff, 0x80000000), fc.nat({ max: 50 }), fc.integer({ min: 0, max: 0xffffffff }));
    fc.assert(fc.property(fc.array(hash, { maxLength: 300 }), (values) => {
      const expected = [...new Set(values)].sort((left, right) => left - right);
      expect([...distinctHashes(Uint32Array.from(values))]).toEqual(expected);
    }));
    // More distinct hashes than the largest first table holds (2^20 slots, half full): it grows.
    const many = Uint32Array.from({ length: 600_000 }, (_, index) => Math.imul(index + 1, 2654435761) >>> 0);
    const sorted = many.slice().sort();
    expect(Buffer.from(distinctHashes(many).buffer).equals(Buffer.from(sorted.buffer))).toBe(true);
  });

  it('holds each distinct word once, as four bytes', () => {
    const encoded = encodeWordHashes(['a', 'b', 'a', 'c', 'b']);
    expect(Buffer.from(encoded, 'base64').byteLength).toBe(12);
  });
});
