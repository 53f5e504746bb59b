import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { reportedTitle } from '../../../src/lib/workflow/check-people.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const LOKI = 'projects/Loki Community Calls';
const options = testParserOptions({
  shows: [{ slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', folder: LOKI, defaultHosts: ['Host'] }],
});
const note = parseNote('---\nurl: https://youtube.com/live/d61nQX-n91c\n---\n# [[2025-03-25-loki-cache]]\n\n## Talking points\n\n- A point\n',
  `${LOKI}/2025-03-25-loki-cache.md`, options, { relativePath: `${LOKI}/2025-03-25-loki-cache.md` });

describe('where npm run check says a title comes from', () => {
  it('warns that a title is only the file name when no transcript of the video gives one', () => {
    const title = reportedTitle(note, 'loki-cache.md', undefined, 'Loki Community Call');
    expect(title.title).toBe('loki-cache');
    expect(title.source).toBe('from the file name (the note gives no title of its own)');
    expect(title.warning?.problem).toBe('the title "loki-cache" is the note\'s file name: the note gives no title of its own, and no transcript of its video gives one');
  });

  it('names the transcript that gives the video\'s title', () => {
    const title = reportedTitle(note, 'loki-cache.md', { file: 'transcripts/cache.md', title: 'Grafana Loki: The do&#39;s and don&#39;ts of scaling Loki cache' }, 'Loki Community Call');
    expect(title).toEqual({ title: 'Grafana Loki: The do\'s and don\'ts of scaling Loki cache', source: 'from the video\'s transcript transcripts/cache.md (the note\'s only title is its file name)' });
  });
});
