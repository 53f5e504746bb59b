import { describe, expect, it } from 'vitest';
import { withTranscripts, type TranscriptFacts } from '../../../src/lib/archive/episode-transcripts.ts';

const episode = (key: string, videoId: string | null, status: string, chapters: { start: number; title: string }[] = []) => ({ key, videoId, status, chapters });
const transcript = (id: string, chapters: { start: number; title: string }[] = []): TranscriptFacts => ({ id, digest: `d-${id}`, summaryHtml: '<p>Summary</p>', source: 'text', chapters });
const generated = [{ start: 0, title: 'Hello' }, { start: 90, title: 'Generated' }];

describe('withTranscripts', () => {
  it('gives a published episode the transcript of its video, whatever the file is called', () => {
    const [result] = withTranscripts([episode('2', 'AAAAAAAAAA2', 'published')], [transcript('AAAAAAAAAA9'), transcript('AAAAAAAAAA2')]);
    expect(result?.transcript).toEqual({ id: 'AAAAAAAAAA2', digest: 'd-AAAAAAAAAA2', summaryHtml: '<p>Summary</p>', source: 'text' });
  });

  it('gives an upcoming episode, a draft or an episode without a video no transcript', () => {
    const results = withTranscripts([episode('5', 'AAAAAAAAAA5', 'upcoming'), episode('4', 'AAAAAAAAAA4', 'draft'), episode('3', null, 'published')],
      [transcript('AAAAAAAAAA5'), transcript('AAAAAAAAAA4')]);
    expect(results.map((result) => result.transcript)).toEqual([undefined, undefined, undefined]);
  });

  it('takes the transcript\'s chapters, marked as generated, only when the note has none of its own', () => {
    const own = [{ start: 0, title: 'Intro' }];
    const [withOwn, without] = withTranscripts([episode('1', 'AAAAAAAAAA1', 'published', own), episode('2', 'AAAAAAAAAA2', 'published')],
      [transcript('AAAAAAAAAA1', generated), transcript('AAAAAAAAAA2', generated)]);
    expect(withOwn?.chapters).toEqual(own);
    expect(withOwn?.chaptersGenerated).toBeUndefined();
    expect(without?.chapters).toEqual(generated);
    expect(without?.chaptersGenerated).toBe(true);
  });
});
