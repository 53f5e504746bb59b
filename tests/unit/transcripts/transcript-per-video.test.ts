import { describe, expect, it } from 'vitest';
import { chooseTranscriptPerVideo } from '../../../src/lib/transcripts/transcript-per-video.ts';

describe('the first transcript of a video wins', () => {
  it('uses the first file by sorted path, whatever order they come in, and reports the other with file and fix', () => {
    const { used, repeats } = chooseTranscriptPerVideo([
      { file: 'transcripts/b/copy.md', videoId: 'Qw3rTy5uIo0' },
      { file: 'transcripts/other.md', videoId: 'Hh7Kk2Lm9Nb' },
      { file: 'transcripts/a.md', videoId: 'Qw3rTy5uIo0' },
    ]);
    expect(Object.fromEntries(used)).toEqual({ Qw3rTy5uIo0: 'transcripts/a.md', Hh7Kk2Lm9Nb: 'transcripts/other.md' });
    expect([...repeats.values()]).toEqual([{
      file: 'transcripts/b/copy.md',
      problem: 'this transcript is of the same video (Qw3rTy5uIo0) as transcripts/a.md, which is the one used',
      fix: 'delete one of the two files.',
    }]);
  });

  it('reports every later file of a video against the one used, and nothing when each video has one file', () => {
    const { repeats } = chooseTranscriptPerVideo(['c.md', 'a.md', 'b.md'].map((file) => ({ file, videoId: 'Qw3rTy5uIo0' })));
    expect([...repeats.keys()].sort()).toEqual(['b.md', 'c.md']);
    expect([...repeats.values()].every((warning) => warning.problem.includes(' as a.md,'))).toBe(true);
    expect(chooseTranscriptPerVideo([{ file: 'a.md', videoId: 'Qw3rTy5uIo0' }, { file: 'b.md', videoId: 'Hh7Kk2Lm9Nb' }]).repeats.size).toBe(0);
  });
});
