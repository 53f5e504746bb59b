import { describe, expect, it } from 'vitest';
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

  it('copies the transcripts of imported videos only, under the vault\'s file name', () => {
    const { copies, warnings } = planTranscriptCopies(vault, ['LWDeIHfAC9A', 'd7clTdz0bA4', 'NoTranscrip'], []);
    expect(copies.map(({ action, source, target, videoId }) => ({ action, source, target, videoId }))).toEqual([
      { action: 'add', source: 'transcripts/2024-01-09T16:00:27Z-beyla-sidecar.md', target: '2024-01-09T16:00:27Z-beyla-sidecar.md', videoId: 'd7clTdz0bA4' },
      { action: 'add', source: 'transcripts/2025-06-25T04:18:06Z-the-road-to-loki-4-0.md', target: '2025-06-25T04:18:06Z-the-road-to-loki-4-0.md', videoId: 'LWDeIHfAC9A' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('leaves an identical copy unchanged and updates another text of the video in its file, whatever that file is called', () => {
    const project = [
      transcript('2024-01-09T16:00:27Z-beyla-sidecar.md', 'd7clTdz0bA4'),
      transcript('dropped-by-hand.md', 'LWDeIHfAC9A', 'an older text'),
    ];
    const { copies } = planTranscriptCopies(vault, ['LWDeIHfAC9A', 'd7clTdz0bA4'], project);
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
});
