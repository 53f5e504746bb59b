import { describe, expect, it } from 'vitest';
import { videoTitle, withTranscripts, type TranscriptFacts } from '../../../src/lib/archive/episode-transcripts.ts';

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

describe('a note whose only title is its file name', () => {
  const fileNamed = { key: 'loki-community-call/2025-06-24-road-to-4-0', videoId: 'LWDeIHfAC9A', status: 'published', chapters: [], show: 'loki-community-call',
    title: 'Road to 4 0', titleFromFileName: true, description: 'Loki Community Call: Road to 4 0.', topics: [{ name: 'Loki', slug: 'loki' }] };
  const facts: TranscriptFacts = {
    id: 'LWDeIHfAC9A', digest: 'd', file: 'transcripts/road.md', title: 'The Road to Loki 4.0: do&#39;s &amp; don&#39;ts (Loki Community Call June 2025)',
    summaryHtml: '<p>…</p>', summaryText: 'The call was about Kubernetes and the new storage.', source: 'text', chapters: [],
  };
  const options = { showNames: { 'loki-community-call': 'Loki Community Call' }, topics: [{ name: 'Kubernetes', aliases: ['k8s'] }, { name: 'Loki', aliases: [] }] };

  it('takes its video\'s title from the transcript, entities decoded and the show\'s suffix dropped, and the summary\'s topics', () => {
    const [result] = withTranscripts([fileNamed], [facts], options);
    expect(result?.title).toBe('The Road to Loki 4.0: do\'s & don\'ts');
    expect(result?.titleFromTranscript).toBe('transcripts/road.md');
    expect(result?.description).toBe('Loki Community Call: The Road to Loki 4.0: do\'s & don\'ts.');
    expect(result?.topics).toEqual([{ name: 'Loki', slug: 'loki' }, { name: 'Kubernetes', slug: 'kubernetes' }]);
  });

  it('keeps a title the note gives itself', () => {
    const [result] = withTranscripts([{ ...fileNamed, title: 'Loki 4.0', titleFromFileName: undefined }], [facts], options);
    expect(result?.title).toBe('Loki 4.0');
  });

  it('keeps a parenthesis of the video title that does not name the show', () => {
    expect(videoTitle('Tracing (part 2)', 'Loki Community Call')).toBe('Tracing (part 2)');
    expect(videoTitle('API monitoring with Traefik (Grafana Office Hours #28)', 'Grafana Office Hours')).toBe('API monitoring with Traefik');
    expect(videoTitle('Declarative configuration (Grafana ❤️‍🔥 OpenTelemetry Community Call #1)', 'Grafana OpenTelemetry Community Call')).toBe('Declarative configuration');
  });
});
