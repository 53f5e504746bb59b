import { describe, expect, it } from 'vitest';
import { archivePaths } from '../../../src/lib/archive/paths.ts';
import { linkTargets, resolveNoteLinks } from '../../../src/lib/archive/note-links.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import type { ShowRule } from '../../../src/lib/notes/shows.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const shows: ShowRule[] = [
  { slug: 'office-hours', name: 'Grafana Office Hours', heading: 'GOH <n> - <title>', defaultHosts: [] },
  { slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', defaultHosts: [] },
];
const options = testParserOptions({ shows });
const paths = archivePaths('/archive/');

/** The talking points of a note whose points are the given lines. */
function noteWith(...lines: string[]) {
  return parseNote(`---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2025-09-01\n---\n# [[GOH 30 - Links]]\n\n## Talking points\n\n${lines.map((line) => `- ${line}`).join('\n')}\n`, 'n.md', options).episode;
}
const htmlOf = (episode: ReturnType<typeof noteWith>) => episode.talkingPoints[0]!.points.map((point) => point.html);

// Pages this build has: episode 12, two Loki calls on one day (one with its own slug), and one guest.
const withPages = [
  { show: 'office-hours', number: 12, date: '2024-01-05', title: 'Old episode', key: '12' },
  { show: 'loki-community-call', number: null, date: '2025-08-12', title: 'All About Structured Metadata', key: 'loki-community-call/2025-08-12-all-about-structured-metadata' },
  { show: 'loki-community-call', number: null, date: '2025-08-12', title: 'Second call', key: 'loki-community-call/second-call' },
];
const targets = linkTargets(withPages, new Set(['ryan-perry']), paths);

describe('wikilinks in talking points', () => {
  it('show their alias, or the page\'s name, as text when they name no page', () => {
    const episode = noteWith('See [[Some Page|the page]] and [[Other Page#Section]]', 'Embed ![[diagram.png]] dropped');
    expect(htmlOf(resolveNoteLinks(episode, targets))).toEqual(['See the page and Other Page', 'Embed  dropped']);
  });

  it('are never links straight out of the parser, which cannot know whether the page exists', () => {
    expect(htmlOf(noteWith('Back in [[GOH 12 - Old episode]]')).join('')).not.toContain('href');
  });

  it('link to an episode that has a page, numbered or dated, at its pinned URL', () => {
    const episode = noteWith('Back in [[GOH 12 - Old episode|episode 12]]', 'Also [[2025-08-12 All About Structured Metadata]]', 'And [[2025-08-12 Second call]]');
    expect(htmlOf(resolveNoteLinks(episode, targets))).toEqual([
      'Back in <a href="/archive/episodes/12/">episode 12</a>',
      'Also <a href="/archive/episodes/loki-community-call/2025-08-12-all-about-structured-metadata/">2025-08-12 All About Structured Metadata</a>',
      'And <a href="/archive/episodes/loki-community-call/second-call/">2025-08-12 Second call</a>',
    ]);
  });

  it('stay text when the episode has no page (a draft, or no note at all) or the person has no guest page', () => {
    const episode = noteWith('Draft [[GOH 13 - Not out yet]]', 'Missing [[2025-09-09 No such call]]', 'People: [[Ryan Perry]], [[People/Jane Doe|Jane]]');
    expect(htmlOf(resolveNoteLinks(episode, targets))).toEqual([
      'Draft GOH 13 - Not out yet', 'Missing 2025-09-09 No such call',
      'People: <a href="/archive/guests/ryan-perry/">Ryan Perry</a>, Jane',
    ]);
  });

  it('stay text inside a markdown link, and leave nested points resolved too', () => {
    const episode = parseNote('---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2025-09-01\n---\n# [[GOH 30 - Links]]\n\n## Talking points\n\n- [see [[GOH 12 - Old episode]]](https://grafana.com/)\n\t- [[GOH 12 - Old episode]]\n', 'n.md', options).episode;
    const [point] = resolveNoteLinks(episode, targets).talkingPoints[0]!.points;
    expect(point!.html).toBe('<a href="https://grafana.com/">see GOH 12 - Old episode</a>');
    expect(point!.children[0]!.html).toBe('<a href="/archive/episodes/12/">GOH 12 - Old episode</a>');
  });
});
