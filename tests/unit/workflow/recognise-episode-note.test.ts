import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import type { ShowRule } from '../../../src/lib/notes/shows.ts';
import { recogniseEpisodeNote } from '../../../src/lib/workflow/recognise-episode-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const recognise = (text: string) => recogniseEpisodeNote(text, { seriesPrefix: 'GOH' });

describe('recognising episode notes', () => {
  it('reads the number from the series heading, zero-padded or not', () => {
    expect(recognise('# [[GOH 09 - Logs in context]]\n')).toMatchObject({ kind: 'episode', number: 9, title: 'Logs in context', line: 1 });
    expect(recognise('---\nurl:\n---\n# [[GOH 26 - Profiling]]\n')).toMatchObject({ number: 26, line: 4 });
  });

  it('takes `episode:` in the frontmatter over the heading, as the parser does', () => {
    expect(recognise('---\nepisode: 27\ntitle: Deep dive\n---\n# Tracing deep dive\n')).toMatchObject({ kind: 'episode', number: 27, title: 'Deep dive', line: 2 });
    expect(recognise('---\nepisode: 5\n---\n# [[GOH 4 - Typo]]\n')).toMatchObject({ number: 5 });
  });

  it('still recognises a note whose frontmatter is broken, by its heading', () => {
    expect(recognise('---\ndate: [2024\n---\n# [[GOH 12 - Broken YAML]]\n')).toMatchObject({ kind: 'episode', number: 12, line: 4 });
  });

  it('does not take other notes for episodes, and says why', () => {
    for (const text of [
      '# 2024-01-19\n\n- Prepared [[GOH 26 - Profiling]] today\n',
      '# Ideas for GOH episodes\n',
      '# [[GOHST 3 - Another series]]\n',
      '```\n# [[GOH 3 - In a code block]]\n```\n',
      '# [[2025-08-12 All About Structured Metadata]]\n',
      '',
    ]) {
      expect(recognise(text)).toMatchObject({ kind: 'other', reason: expect.stringContaining('not an episode note') });
    }
  });

  it('skips an unfilled template and a bad `episode:`, naming the problem', () => {
    expect(recognise('# [[GOH <n> - <title>]]\n')).toMatchObject({ kind: 'other', reason: expect.stringContaining('no episode number') });
    expect(recognise('---\nepisode: twenty\n---\n# [[GOH 20 - X]]\n')).toMatchObject({ kind: 'other', reason: expect.stringContaining('not a whole number (line 2)') });
  });

  it('identifies a note as the parser does: `show:` by slug or by name in any case, and `slug:` names a dated note', () => {
    const shows: ShowRule[] = [
      { slug: 'office-hours', name: 'Grafana Office Hours', heading: 'GOH <n> - <title>', defaultHosts: [] },
      { slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', defaultHosts: [] },
    ];
    const text = '---\nshow: loki community call\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2025-08-12\n---\n# Structured metadata\n';
    expect(recogniseEpisodeNote(text, { seriesPrefix: 'GOH', shows })).toMatchObject({
      kind: 'episode', show: 'loki-community-call', identity: 'loki-community-call/2025-08-12', fileName: 'loki-community-call-2025-08-12.md',
    });
    expect(parseNote(text, 'a.md', testParserOptions({ shows })).episode.show).toBe('loki-community-call');
    const second = text.replace('date: 2025-08-12', 'date: 2025-08-12\nslug: Second call');
    expect(recogniseEpisodeNote(second, { seriesPrefix: 'GOH', shows })).toMatchObject({
      identity: 'loki-community-call/second-call', fileName: 'loki-community-call-second-call.md',
    });
  });
});
