import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticNotes } from '../../../scripts/bench/synthetic-notes.ts';
import { renderedAside, renderTranscriptsAside, renderTranscriptText, textDigest } from '../../../src/lib/build/transcripts-aside.ts';

describe('transcripts rendered on a worker thread as the build starts', () => {
  it('renders each file as a page would, checked by the digest of the text it read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'transcripts-aside-'));
    const files = syntheticNotes(200).flatMap((note) => (note.transcript ? [note.transcript] : [])).slice(0, 24).map((transcript) => {
      const path = join(folder, transcript.fileName);
      writeFileSync(path, transcript.text);
      return { file: `transcripts/${transcript.fileName}`, path, text: transcript.text };
    });
    expect(files.length).toBe(24);
    renderTranscriptsAside(files);
    for (const { file, path, text } of files) {
      const aside = await renderedAside(path);
      expect(aside, file).toBeDefined();
      expect(aside!.digest).toBe(textDigest(text));
      expect(aside!.transcript?.html.length).toBeGreaterThan(1000);
      expect(aside).toEqual(renderTranscriptText(text, file));
    }
  });

  it('leaves a short list to the pages', () => {
    renderTranscriptsAside([{ file: 'a.md', path: '/nowhere/a.md' }]);
    expect(renderedAside('/nowhere/a.md')).toBeUndefined();
  });
});
