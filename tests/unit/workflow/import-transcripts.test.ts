import { describe, expect, it } from 'vitest';
import { noteDigest } from '../../../src/lib/workflow/import-record.ts';
import { planTranscriptCopies, type TranscriptFile } from '../../../src/lib/workflow/import-transcripts.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const transcript = (path: string, videoId: string, words = 'hello'): TranscriptFile =>
  ({ path, bytes: encode(`# A title\n\nPublished on 2025-01-01T00:00:00Z\n\nURL: https://www.youtube.com/watch?v=${videoId}\n\nTranscript: ${words}\n`) });

describe('planTranscriptCopies', () => {
  const vault = [
    transcript('transcripts/2025-06-25T04:18:06Z-the-road-to-loki-4-0.md', 'LWDeIHfAC9A'),
    transcript('transcripts/2024-01-09T16:00:27Z-beyla-sidecar.md', 'd7clTdz0bA4'),
    transcript('transcripts/2023-01-01T00:00:00Z-not-imported.md', 'NotImporte1'),
    { path: 'transcripts/broken.md', bytes: encode('# Only a title\n') },
  ];

  it('copies the transcripts of imported videos only, each named by its video', () => {
    const { copies, warnings } = planTranscriptCopies(vault, ['LWDeIHfAC9A', 'd7clTdz0bA4', 'NoTranscrip'], []);
    expect(copies.map(({ action, source, target, videoId }) => ({ action, source, target, videoId }))).toEqual([
      { action: 'add', source: 'transcripts/2024-01-09T16:00:27Z-beyla-sidecar.md', target: 'd7clTdz0bA4.md', videoId: 'd7clTdz0bA4' },
      { action: 'add', source: 'transcripts/2025-06-25T04:18:06Z-the-road-to-loki-4-0.md', target: 'LWDeIHfAC9A.md', videoId: 'LWDeIHfAC9A' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('leaves an identical copy unchanged and updates another text of the video, as an import wrote it, in its file, whatever that file is called', () => {
    const project = [
      transcript('2024-01-09T16:00:27Z-beyla-sidecar.md', 'd7clTdz0bA4'),
      transcript('dropped-by-hand.md', 'LWDeIHfAC9A', 'an older text'),
    ];
    const record = { 'dropped-by-hand.md': noteDigest(project[1]!.bytes) };
    const { copies } = planTranscriptCopies(vault, ['LWDeIHfAC9A', 'd7clTdz0bA4'], project, { record });
    expect(copies.map(({ action, target }) => [action, target])).toEqual([
      ['unchanged', '2024-01-09T16:00:27Z-beyla-sidecar.md'],
      ['update', 'dropped-by-hand.md'],
    ]);
    expect(new TextDecoder().decode(copies[1]!.bytes)).toContain('Transcript: hello');
  });

  it('copies the newer of two vault files of one video, and says so', () => {
    const twice = [transcript('transcripts/2025-01-01-first.md', 'LWDeIHfAC9A', 'first'), transcript('transcripts/2025-02-01-second.md', 'LWDeIHfAC9A', 'second')];
    const { copies, warnings } = planTranscriptCopies(twice, ['LWDeIHfAC9A'], []);
    expect(copies.map((copy) => copy.source)).toEqual(['transcripts/2025-02-01-second.md']);
    expect(warnings).toEqual([expect.objectContaining({ file: 'transcripts/2025-01-01-first.md', problem: 'transcripts/2025-02-01-second.md is a transcript of the same video (LWDeIHfAC9A); it is the one copied' })]);
  });

  it('keeps a transcript edited in the project, or written there by hand, and replaces it only with force', () => {
    const imported = transcript('LWDeIHfAC9A.md', 'LWDeIHfAC9A', 'as imported');
    const edited = transcript('LWDeIHfAC9A.md', 'LWDeIHfAC9A', 'as imported, with a name spelt right by hand');
    const byHand = transcript('beyla.md', 'd7clTdz0bA4', 'typed up by hand');
    const record = { 'LWDeIHfAC9A.md': noteDigest(imported.bytes) };
    const kept = planTranscriptCopies(vault, ['LWDeIHfAC9A', 'd7clTdz0bA4'], [edited, byHand], { record });
    expect(kept.copies.map(({ action, target }) => [action, target])).toEqual([['kept', 'beyla.md'], ['kept', 'LWDeIHfAC9A.md']]);
    // The record still holds what the import wrote: the edit stays an edit on the next run too.
    expect(kept.record).toEqual(record);
    const forced = planTranscriptCopies(vault, ['LWDeIHfAC9A', 'd7clTdz0bA4'], [edited, byHand], { record, force: true });
    expect(forced.copies.map(({ action, target }) => [action, target])).toEqual([['update', 'beyla.md'], ['update', 'LWDeIHfAC9A.md']]);
    expect(forced.record).toEqual({ 'LWDeIHfAC9A.md': noteDigest(vault[0]!.bytes), 'beyla.md': noteDigest(vault[1]!.bytes) });
  });

  it('gives two vault files of one name, in two folders, a file each, beside a file of that name already in the project', () => {
    const sameName = [transcript('transcripts/a/x.md', 'AAAAAAAAAA1', 'first video'), transcript('transcripts/b/x.md', 'BBBBBBBBBB2', 'second video')];
    const project = [{ path: 'x.md', bytes: encode('# Written by hand, no URL yet\n') }, transcript('AAAAAAAAAA1.md', 'CCCCCCCCCC3', 'a file named like the video')];
    const { copies } = planTranscriptCopies(sameName, ['AAAAAAAAAA1', 'BBBBBBBBBB2'], project);
    expect(copies.map(({ action, source, target }) => [action, source, target])).toEqual([
      ['add', 'transcripts/a/x.md', 'AAAAAAAAAA1-2.md'],
      ['add', 'transcripts/b/x.md', 'BBBBBBBBBB2.md'],
    ]);
  });
});
