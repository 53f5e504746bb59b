import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const file = 'src/content/episodes/GOH-26.md';
const parsed = parseNote(readFileSync(file, 'utf8'), file, testParserOptions());

describe('the reference note GOH-26', () => {
  it('gives the episode number, title, date and video id', () => {
    expect(parsed.episode).toMatchObject({
      number: 26,
      title: 'How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry',
      date: '2024-01-19',
      startsAt: '2024-01-19T13:00:00.000Z',
      videoId: 'pzNRvMQzrJ0',
      guests: ['Ryan Perry'],
      status: 'published',
    });
  });

  it('matches the Pyroscope topic from the title through its alias', () => {
    expect(parsed.episode.topics.map((topic) => topic.slug)).toContain('pyroscope');
  });

  it('keeps the talking points as a tree, without the placeholder intro', () => {
    const [group] = parsed.episode.talkingPoints;
    const titles = group!.points.map((point) => point.html);
    expect(titles).toEqual([
      'Intro', 'Introduce Ryan', 'What is continuous profiling?', 'What is Grafana Pyroscope?',
      'OpenTelemetry', 'How do you read a flamegraph?!', 'Outro',
    ]);
    expect(group!.points[0]!.children).toEqual([]);
    const continuous = group!.points[2]!;
    expect(continuous.children[1]!.children.map((point) => point.html)).toEqual([
      'Mostly manual process', 'Collection overhead', 'Making sense of that data and meaningfully comparing it between builds',
    ]);
    // The empty "- " item under Outro is dropped.
    expect(group!.points[6]!.children.map((point) => point.html)).toEqual([
      'If people want to learn more about this topic, where should they go?',
    ]);
  });

  it('publishes none of the checklist, pre-show or template text', () => {
    for (const text of ['Streamyard', 'Slack message', 'pronounce your name', 'Enumerate talking points', '<name>', 'Add timestamps to the video', 'Canva']) {
      expect(parsed.html).not.toContain(text);
      expect(JSON.stringify(parsed.episode)).not.toContain(text);
    }
  });

  it('reports the internal sections it withheld', () => {
    expect(parsed.withheld.map((item) => [item.reason, item.section])).toEqual(expect.arrayContaining([
      ['internal section', 'Checklist'],
      ['internal section', 'Just before the show'],
      ['internal section', 'After the show'],
      ['template instruction', 'Talking points'],
      ['template placeholder', 'Talking points'],
    ]));
  });

  it('has no chapters and no reference links, as the note leaves them empty', () => {
    expect(parsed.episode.chapters).toEqual([]);
    expect(parsed.episode.links).toEqual([]);
    expect(parsed.episode.missing).toEqual(['chapters']);
  });
});
