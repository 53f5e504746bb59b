import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote, type Episode } from '../../../src/lib/notes/parse-note.ts';
import type { TalkingPoint } from '../../../src/lib/notes/talking-points.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const file = 'src/content/episodes/GOH-26.md';
const parsed = parseNote(readFileSync(file, 'utf8'), file, testParserOptions());

/** A talking point and the points under it. */
const p = (html: string, ...children: TalkingPoint[]): TalkingPoint => ({ html, children });

describe('the reference note GOH-26', () => {
  it('gives exactly the expected episode', () => {
    expect(parsed.episode).toEqual({
      show: 'grafana-office-hours',
      number: 26,
      key: '26',
      title: 'How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry',
      date: '2024-01-19',
      startsAt: '2024-01-19T13:00:00.000Z',
      videoId: 'pzNRvMQzrJ0',
      guests: ['Ryan Perry'],
      hosts: ['Default Host'],
      topics: [{ name: 'Pyroscope', slug: 'pyroscope' }],
      chapters: [],
      talkingPoints: [{
        points: [
          p('Intro'),
          p('Introduce Ryan', p('Who are you?'), p('What do you do?'),
            p('How long have you been working on Pyroscope? What caused you to work on continuous profiling?'), p('Joining Grafana')),
          p('What is continuous profiling?', p('Why do we need it?'),
            p('How was continuous profiling being done before and why was that an absolute pain?',
              p('Mostly manual process'), p('Collection overhead'), p('Making sense of that data and meaningfully comparing it between builds'))),
          p('What is Grafana Pyroscope?', p('How does it address the concerns above?'), p('Why is it called Pyroscope?'), p('What metrics does it measure?'),
            p('Features', p('Ingest profiles from Pyroscope agent AND other agents'), p('Can also ingest ad hoc profiles'),
              p('Exports metrics to Prometheus (when should we do this?)'), p('Pyroscope Agents')),
            p('What do you need to use Pyroscope?',
              p('Instrumentation', p('Source: Pyroscope SDKs'), p('Binary: Grafana Agent'), p('External: eBPF')), p('Visualization')),
            p('(demo) How to get started / how to use it'), p('What are some best practices for working with continuous profiling?'),
            p('Integration with other Grafana projects'), p('What\'s the overhead?'), p('How does it scale? (shuffle sharding)'),
            p('Future plans for Pyroscope', p('k6 integration?'))),
          p('OpenTelemetry',
            p('KubeCon EU 2022: continuous profiling is now officially a telemetry signal: <a href="https://www.cncf.io/blog/2022/07/07/opentelemetry-roadmap-and-latest-updates/">https://www.cncf.io/blog/2022/07/07/opentelemetry-roadmap-and-latest-updates/</a>'),
            p('PyroScope OpenTelemetry library'), p('working group - any updates on this?')),
          p('How do you read a flamegraph?!', p('Hackathon - FlameGrot AI')),
          // The placeholder intro under "Intro" and the empty "- " item under Outro are dropped.
          p('Outro', p('If people want to learn more about this topic, where should they go?')),
        ],
      }],
      links: [],
      description: 'Grafana Office Hours #26: How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry.',
      status: 'published',
      missing: ['chapters'],
    } satisfies Episode);
  });

  it('matches a topic from the title through its alias alone', () => {
    // The title holds "Pyroscope" itself, so the Pyroscope topic would match without its alias: a topic
    // whose name is not in the title ("Flame graphs") shows that the alias "Grafana Pyroscope" is what matched.
    const withTopic = (aliases: string[]) => parseNote(readFileSync(file, 'utf8'), file, testParserOptions({ topics: [{ name: 'Flame graphs', aliases }] })).episode.topics;
    expect(withTopic(['Grafana Pyroscope'])).toEqual([{ name: 'Flame graphs', slug: 'flame-graphs' }]);
    expect(withTopic([])).toEqual([]);
  });

  it('publishes none of the checklist, pre-show or template text', () => {
    for (const text of ['Streamyard', 'Slack message', 'pronounce your name', 'Enumerate talking points', '<name>', 'Add timestamps to the video', 'Canva']) {
      expect(parsed.html).not.toContain(text);
      expect(JSON.stringify(parsed.episode)).not.toContain(text);
    }
  });

  it('reports the internal sections it withheld', () => {
    expect(parsed.withheld.map((item) => [item.reason, item.section, item.line])).toEqual([
      ['note preamble', '(before the first section)', 7],
      ['internal section', 'Checklist', 11],
      ['internal section', 'Just before the show', 86],
      ['internal section', 'After the show', 101],
      ['template instruction', 'Talking points', 39],
      ['template placeholder', 'Talking points', 42],
    ]);
  });
});
