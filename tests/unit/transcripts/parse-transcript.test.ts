import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/lib/transcripts/parse-transcript.ts';
import { publishTranscript } from '../../../src/lib/transcripts/publish-transcript.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/transcripts/${name}`, 'utf8');

describe('parseTranscript', () => {
  it('reads every part of a newer transcript, chapters included, without the script\'s sentences around them', () => {
    const { transcript, warnings } = parseTranscript(fixture('new-with-chapters.md'), 'new.md');
    expect(warnings).toEqual([]);
    expect(transcript.videoId).toBe('Qw3rTy5uIo0');
    expect(transcript.title).toBe('Scaling Loki with shuffle sharding (Loki Community Call May 2025)');
    expect(transcript.publishedAt).toBe('2025-05-22T16:00:12Z');
    expect(transcript.description).toBe('In this call we talk with the Loki team about how shuffle sharding keeps one noisy tenant from ...');
    expect(transcript.summary).toMatch(/^The Loki team explained \*\*shuffle sharding\*\*/);
    expect(transcript.chapters).toEqual([
      { start: 0, title: 'Welcome and introductions' },
      { start: 150, title: 'What shuffle sharding is' },
      { start: 845, title: 'Tuning the shard size' },
      { start: 3720, title: 'Questions from the chat' },
    ]);
    expect(transcript.text).toMatch(/^# Loki Community Call - May Edition\n/);
    expect(transcript.text).toMatch(/Start with a shard size of four and watch the query latency panel\.$/);
    expect(transcript.captions).toBe('welcome everyone to the Loki community call today we talk about shuffle sharding every tenant gets its own small set of queriers');
  });

  it('reads an older transcript that has no chapters, its text starting at its first own heading', () => {
    const { transcript, warnings } = parseTranscript(fixture('older-without-chapters.md'), 'older.md');
    expect(warnings).toEqual([]);
    expect(transcript.videoId).toBe('Hh7Kk2Lm9Nb');
    expect(transcript.chapters).toBeUndefined();
    expect(transcript.summary).toBe('The hosts and guests walked through TraceQL, sampling, and the metrics generator.');
    expect(transcript.text?.split('\n')[0]).toBe('# Tracing with Tempo');
    expect(transcript.text).toContain('### TraceQL in practice');
    expect(transcript.captions).toMatch(/^hello and welcome/);
  });

  it('reads the oldest shape: a description paragraph and one `Transcript:` line of captions', () => {
    const { transcript, warnings } = parseTranscript(fixture('oldest-transcript-line.md'), 'oldest.md');
    expect(warnings).toEqual([]);
    expect(transcript).toEqual({
      videoId: 'Zx8cVb7nM6a',
      title: 'Profiling in production with Grafana Pyroscope',
      publishedAt: '2024-01-09T16:00:27Z',
      description: 'Principal engineer Jo shows how to profile a Go service in production with Pyroscope.',
      captions: 'so what I have here is a go service that allocates far too much memory # of allocations goes up <b>every</b> second and the flame graph shows exactly which function does it',
    });
  });

  it('warns, with the fix, about a transcript that is only a title: it names no video', () => {
    const { transcript, warnings } = parseTranscript(fixture('title-only.md'), 'transcripts/teaser.md');
    expect(transcript.videoId).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'transcripts/teaser.md', problem: 'this transcript has no `URL:` line, so it belongs to no episode' });
    expect(warnings[0]?.fix).toContain('URL: https://www.youtube.com/watch?v=');
  });

  it('warns about a transcript with a video but nothing beyond its title and description', () => {
    const { transcript, warnings } = parseTranscript(fixture('nothing-beyond-title.md'), 'teaser.md');
    expect(transcript.videoId).toBe('Tt1Ee2Aa3Ss');
    expect(warnings.map((warning) => warning.problem)).toEqual([
      'this transcript has nothing beyond its title and description (no summary, transcript or captions), so the episode gets none',
    ]);
  });

  it('warns about a URL that names no video, with its line', () => {
    const { transcript, warnings } = parseTranscript('# A title\n\nURL: https://example.com/video\n\nTranscript: words', 'odd.md');
    expect(transcript.videoId).toBeNull();
    expect(warnings[0]).toMatchObject({ file: 'odd.md', line: 3, problem: '"https://example.com/video" names no YouTube video, so this transcript belongs to no episode' });
  });

  it('leaves out a chapter that goes back in time, and says which', () => {
    const text = '# T\n\nURL: https://youtu.be/Qw3rTy5uIo0\n\n## Chapters\n\n00:00:00 Intro\n00:10:00 Middle\n00:05:00 Back in time\n\n# Text\n\nHello.';
    const { transcript, warnings } = parseTranscript(text, 'c.md');
    expect(transcript.chapters).toEqual([{ start: 0, title: 'Intro' }, { start: 600, title: 'Middle' }]);
    expect(warnings).toEqual([expect.objectContaining({ line: 9, problem: 'the chapter "00:05:00 Back in time" does not come after the one before it, so it is left out' })]);
  });

  it('reads Windows line ends and a byte-order mark like any other file', () => {
    const { transcript } = parseTranscript(`\uFEFF${fixture('older-without-chapters.md').replace(/\n/g, '\r\n')}`, 'crlf.md');
    expect(transcript.videoId).toBe('Hh7Kk2Lm9Nb');
    expect(transcript.title).toBe('Tracing with Tempo (Grafana Office Hours #2)');
    expect(transcript.text).toContain('### TraceQL in practice');
  });
});

describe('publishTranscript', () => {
  it('shows the cleaned-up text, sanitised, with its headings one level down, and never the captions as well', () => {
    const { published } = publishTranscript(fixture('new-with-chapters.md'), 'new.md');
    expect(published?.source).toBe('text');
    expect(published?.html).toContain('<h2 id="loki-community-call---may-edition">Loki Community Call - May Edition</h2>');
    expect(published?.html).toContain('<h3 id="what-shuffle-sharding-is">What shuffle sharding is</h3>');
    expect(published?.html).toContain('<a href="https://grafana.com/docs/loki/latest/operations/shuffle-sharding/">the docs</a>');
    for (const unsafe of ['<script', 'alert(', '<iframe', 'evil.example', 'javascript:']) expect(published?.html).not.toContain(unsafe);
    expect(published?.html).not.toContain('every tenant gets its own small set of queriers');
    expect(published?.headings.map((heading) => heading.text)).toEqual(['Loki Community Call - May Edition', 'What shuffle sharding is', 'Tuning the shard size']);
    expect(published?.summaryHtml).toBe('<p>The Loki team explained <strong>shuffle sharding</strong>: each tenant\'s queries go to a small, random set of queriers, so a noisy tenant slows down only its own shard.</p>');
    expect(published?.plainText).toContain('Loki Community Call - May Edition\n\nJay:\nWelcome everyone');
  });

  it('adds the raw captions when the cleaned-up text is a much shorter version of them, so everything said is published', () => {
    expect(publishTranscript(fixture('new-with-chapters.md'), 'new.md').published?.captions).toBeNull();
    const condensed = `# A stream (Grafana Office Hours #9)\n\nPublished on 2025-06-25T04:18:06Z\n\n## Description\n\nA stream.\n\nURL: https://www.youtube.com/watch?v=Qw3rTy5uIo0\n\n# What we covered\n\nWe talked about Loki.\n\n## Raw YouTube Transcript\n\n${'we talked about loki and then someone asked about bloom filters and <b>data objects</b> '.repeat(4)}\n`;
    const { published } = publishTranscript(condensed, 'condensed.md');
    expect(published?.source).toBe('text');
    expect(published?.html).not.toContain('bloom filters');
    expect(published?.captions?.html).toContain('someone asked about bloom filters and &#x3C;b>data objects&#x3C;/b>');
    expect(published?.captions?.html).not.toContain('<b>');
    expect(published?.captions?.plainText).toContain('bloom filters');
  });

  it('shows the raw captions as text when there is no cleaned-up text: markup in them stays words', () => {
    const { published } = publishTranscript(fixture('oldest-transcript-line.md'), 'oldest.md');
    expect(published?.source).toBe('captions');
    expect(published?.summaryHtml).toBeNull();
    expect(published?.html).toBe('<p>so what I have here is a go service that allocates far too much memory # of allocations goes up &#x3C;b>every&#x3C;/b> second and the flame graph shows exactly which function does it</p>');
  });

  it('cuts a transcript of hundreds of kilobytes at a paragraph, with a warning that says so and what to do', () => {
    const paragraph = 'We talked about shuffle sharding and query latency for a very long time indeed. '.repeat(12);
    const huge = `# Huge\n\nURL: https://youtu.be/Qw3rTy5uIo0\n\n# Text\n\n${Array.from({ length: 450 }, (_, index) => `Paragraph ${index}. ${paragraph}`).join('\n\n')}\n`;
    expect(huge.length).toBeGreaterThan(400_000);
    const { published, warnings } = publishTranscript(huge, 'huge.md');
    expect(published?.cut).toBe(true);
    expect(published!.html.length).toBeLessThan(270_000);
    expect(published?.html).toMatch(/<\/p>$/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.problem).toMatch(/^the transcript is 4\d\d KB, more than a page can show \(256 KB\): the page shows the first 25\d KB and says that it is cut$/);
    expect(warnings[0]?.fix).toMatch(/shorten it/);
  });

  it('publishes nothing for a transcript of no video, or with nothing to show', () => {
    expect(publishTranscript(fixture('title-only.md'), 'a.md').published).toBeNull();
    expect(publishTranscript(fixture('nothing-beyond-title.md'), 'b.md').published).toBeNull();
  });

  it('splits captions that come as one unbroken text into paragraphs', () => {
    const words = Array.from({ length: 300 }, (_, index) => `word${index}`).join(' ');
    const { published } = publishTranscript(`# T\n\nURL: https://youtu.be/Qw3rTy5uIo0\n\nTranscript: ${words}`, 'long.md');
    // 70 words a paragraph: about ten lines on a phone.
    expect(published?.html.match(/<p>/g)).toHaveLength(5);
    expect(published?.html).toContain('word69</p><p>word70 ');
  });
});
