// How the team's notes vary (../shared/corpus/README.md), one fixture each, written here.
import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import { findDuplicateEpisodes } from '../../../src/lib/notes/collection.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
const note = (frontmatter: string, body: string, heading = '# [[GOH 26 - Title]]') => `---\n${frontmatter}\n---\n${heading}\n\n${body}`;
const published = (body: string, extra = '') => note(`url: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19${extra}`, body);
const parse = (text: string, file = 'note.md'): ParsedNote => parseNote(text, file, options);
function failure(text: string, file = 'bad.md'): NoteError {
  try {
    parse(text, file);
  } catch (error) {
    if (error instanceof NoteError) return error;
    throw error;
  }
  throw new Error('expected a NoteError');
}

describe('the video', () => {
  it('reads the id from every usual form of YouTube URL', () => {
    for (const url of [
      'https://youtube.com/live/pzNRvMQzrJ0', 'https://www.youtube.com/live/pzNRvMQzrJ0?si=abc', 'https://www.youtube.com/watch?v=pzNRvMQzrJ0',
      'https://youtube.com/watch?feature=share&v=pzNRvMQzrJ0&t=30s', 'https://youtu.be/pzNRvMQzrJ0?t=12', 'https://www.youtube.com/embed/pzNRvMQzrJ0',
    ]) expect(parse(note(`url: ${url}\ndate: 2024-01-19`, '')).episode.videoId, url).toBe('pzNRvMQzrJ0');
  });

  it('falls back to the iframe when url is empty, and ignores an iframe without an id', () => {
    const iframe = (src: string) => `<iframe width="560" height="315" src="${src}" allowfullscreen></iframe>\n`;
    expect(parse(note('url:\ndate: 2024-01-19', iframe('https://www.youtube.com/embed/pzNRvMQzrJ0'))).episode.videoId).toBe('pzNRvMQzrJ0');
    const noId = parse(note('url:\ndate: 2024-01-19', iframe('https://www.youtube.com/embed/')));
    expect(noId.episode).toMatchObject({ videoId: null, status: 'draft', missing: expect.arrayContaining(['video']) });
    expect(noId.html).not.toContain('iframe');
  });

  it('stops with a fix for a url that is not YouTube', () => {
    expect(failure(note('url: https://vimeo.com/123\ndate: 2024-01-19', '')).message).toMatch(/^bad\.md:2: the url "https:\/\/vimeo\.com\/123" is not a YouTube URL\n {2}Fix: /);
  });
});

describe('guests', () => {
  const guests = (field: string) => parse(published(`Guest:: ${field}\n`)).episode.guests;
  it('reads one, several, quoted and wikilinked names', () => {
    expect(guests('Ryan Perry')).toEqual(['Ryan Perry']);
    expect(guests('Ryan Perry, Jane Doe & Sam Rivera and Alex Kim')).toEqual(['Ryan Perry', 'Jane Doe', 'Sam Rivera', 'Alex Kim']);
    expect(guests('"Salva Corts Sánchez"')).toEqual(['Salva Corts Sánchez']);
    expect(guests('[[Ryan Perry]], [[People/Sam Rivera]], [[Jane Doe|Jane]], [[people/alex-kim|Alex Kim]]')).toEqual(['Ryan Perry', 'Sam Rivera', 'Jane Doe', 'Alex Kim']);
  });

  it('treats an empty field as a missing guest, not a guest called ""', () => {
    const episode = parse(published('Guest::\n')).episode;
    expect(episode.guests).toEqual([]);
    expect(episode.missing).toContain('guest');
  });
});

describe('headings', () => {
  it('reads zero-padded numbers', () => {
    expect(parse(published('', ''), 'a.md').episode.number).toBe(26);
    expect(parse(note('url: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19', '', '# [[GOH 09 - Nine]]')).episode).toMatchObject({ number: 9, title: 'Nine' });
  });

  it('reports two notes for one episode, naming both files and the line', () => {
    const episode = { show: 'office-hours', number: 9, title: 'Nine', date: '2024-01-19', key: '9' };
    const { errors, warnings } = findDuplicateEpisodes([{ file: 'a/GOH-9.md', line: 5, episode }, { file: 'b/GOH-09 copy.md', line: 7, episode: { ...episode, title: 'Copy' } }]);
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^b\/GOH-09 copy\.md:7: episode 9 is also in a\/GOH-9\.md \(same date 2024-01-19, titles "Copy" and "Nine"\)\n {2}Fix: keep one note per episode: if one is a stale copy, delete it/)]);
    expect(warnings).toEqual([]);
  });

  describe('different videos are different episodes, whatever their dates and numbers', () => {
    const shows = testParserOptions({ shows: [...options.shows,
      { slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', defaultHosts: [] },
      { slug: 'adobo-and-avocados', name: 'Adobo & Avocados', heading: 'A&A <n> - <title>', defaultHosts: [] }] });
    const keyed = (file: string, heading: string, video: string, date = '2025-08-12', slug?: string) =>
      ({ file, line: 5, episode: parseNote(note(`url: https://youtu.be/${video}\ndate: ${date}${slug ? `\nslug: ${slug}` : ''}`, '', heading), file, shows).episode });

    it('publishes two episodes of one dated show on one day with different videos, with no error or warning', () => {
      const findings = findDuplicateEpisodes([keyed('a.md', '# [[2025-08-12 First call]]', 'pzNRvMQzrJ0'), keyed('b.md', '# [[2025-08-12 Second call]]', 'AAAAAAAAAAb')]);
      expect(findings).toEqual({ errors: [], warnings: [] });
    });

    it('still takes two notes of one day and one video for one episode, naming both', () => {
      const { errors } = findDuplicateEpisodes([keyed('a.md', '# [[2025-08-12 First call]]', 'pzNRvMQzrJ0'), keyed('b.md', '# [[2025-08-12 Second call]]', 'pzNRvMQzrJ0')]);
      expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^b\.md:5: the video pzNRvMQzrJ0 is also in a\.md \(same video pzNRvMQzrJ0, same date 2025-08-12, titles "Second call" and "First call"\)\n {2}Fix: keep one note per episode/)]);
    });

    it('stops on two episodes of one day with one title (one URL), with `slug:` as the fix', () => {
      const { errors } = findDuplicateEpisodes([keyed('a.md', '# [[2025-08-12 Monthly call]]', 'pzNRvMQzrJ0'), keyed('b.md', '# [[2025-08-12 Monthly call]]', 'AAAAAAAAAAb')]);
      expect(errors.map((error) => error.message)).toEqual([
        'b.md:5: this note and a.md would both be at /episodes/loki-community-call/2025-08-12-monthly-call/ but name different videos (AAAAAAAAAAb, pzNRvMQzrJ0): they are two episodes of 2025-08-12 with one title\n  Fix: give one a URL of its own with `slug:` in its frontmatter (e.g. `slug: 2025-08-12-monthly-call-2`); if one names the wrong video, correct its `url:`.',
      ]);
      const chosen = keyed('b.md', '# [[2025-08-12 Monthly call]]', 'AAAAAAAAAAb', '2025-08-12', 'monthly-call-second-half');
      expect(findDuplicateEpisodes([keyed('a.md', '# [[2025-08-12 Monthly call]]', 'pzNRvMQzrJ0'), chosen])).toEqual({ errors: [], warnings: [] });
    });

    it('stops on two episodes of the primary show that claim one number (their URL), naming both', () => {
      const { errors, warnings } = findDuplicateEpisodes([keyed('GOH 28 - A.md', '# [[GOH 28 - A]]', 'pzNRvMQzrJ0', '2024-07-19'), keyed('GOH 28 - B.md', '# [[GOH 28 - B]]', 'AAAAAAAAAAb', '2024-07-26')]);
      expect(errors.map((error) => error.message)).toEqual([
        'GOH 28 - B.md:5: this note and GOH 28 - A.md are both numbered 28 but name different videos (AAAAAAAAAAb, pzNRvMQzrJ0): two episodes cannot share the number their URL is made of, so neither is published\n  Fix: correct the number of the note that has it wrong (in its heading or file name, or `episode:`); if one is a stale copy, delete it.',
      ]);
      expect(warnings).toEqual([]);
    });

    it('only warns, naming both, about two episodes of a dated show that claim one number: both publish', () => {
      const { errors, warnings } = findDuplicateEpisodes([keyed('A&A 23 - A.md', '# [[A&A 23 - A]]', 'pzNRvMQzrJ0', '2023-12-04'), keyed('A&A 23 - B.md', '# [[A&A 23 - B]]', 'AAAAAAAAAAb', '2023-12-11')]);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([{
        file: 'A&A 23 - B.md', line: 5,
        problem: 'this note and A&A 23 - A.md are both numbered 23 but name different videos (AAAAAAAAAAb, pzNRvMQzrJ0): both are published, and the number is shown for neither',
        fix: 'correct the number of the note that has it wrong (in its heading or file name, or `episode:`); if one is a stale copy, delete it.',
      }]);
    });
  });
});

describe('sections', () => {
  it('withholds internal sections at any level, keeps public ones even under an internal heading', () => {
    const parsed = parse(published([
      '## Checklist', '', '- Book Streamyard', '',
      '## Post-show checklist', '', '- Upload to the drive', '', '### Timestamps', '', '00:00:00 Intro', '',
      '#### After the show', '', '- Debrief with the guest', '',
    ].join('\n')));
    expect(parsed.episode.chapters).toEqual([{ start: 0, title: 'Intro' }]);
    const text = `${parsed.html} ${JSON.stringify(parsed.episode)}`;
    for (const internal of ['Streamyard', 'Upload to the drive', 'Debrief']) expect(text).not.toContain(internal);
  });

  it('withholds "Just before the show" under Talking points, keeps other subsections as groups', () => {
    const parsed = parse(published(['## Talking points', '', '- Intro', '### Basics', '', '- What is it?', '### Just before the show', '', '- How do you pronounce your name?'].join('\n')));
    expect(parsed.episode.talkingPoints.map((group) => [group.heading?.text, group.points.map((point) => point.html)]))
      .toEqual([[undefined, ['Intro']], ['Basics', ['What is it?']]]);
    expect(parsed.html).not.toContain('pronounce');
  });

  it('drops template boilerplate: instructions, placeholders, empty items', () => {
    const parsed = parse(published(['## Talking points', '', '> Enumerate talking points for the show. Keep them short.', '',
      '- *Hello and welcome ... I\'m `<name>`, a `<position>` at Grafana Labs*', '- ', '- A real point'].join('\n')));
    expect(parsed.episode.talkingPoints[0]!.points.map((point) => point.html)).toEqual(['A real point']);
  });

  it('nests with tabs and with spaces as Obsidian shows them', () => {
    const parsed = parse(published('## Talking points\n\n- a\n\t- b\n\t\t- c\n        - d\n'));
    const [a] = parsed.episode.talkingPoints[0]!.points;
    expect(a!.children.map((point) => point.html)).toEqual(['b']);
    expect(a!.children[0]!.children.map((point) => point.html)).toEqual(['c', 'd']);
  });
});

describe('timestamps', () => {
  it('reads every chapter form, as lines or list items', () => {
    const parsed = parse(published(['## Timestamps', '', '00:00 Intro', '- 12:05 - What is Loki?', '- [00:53:33](https://youtu.be/pzNRvMQzrJ0?t=3213) Loki dashboard on Grafana Play'].join('\n')));
    expect(parsed.episode.chapters).toEqual([{ start: 0, title: 'Intro' }, { start: 725, title: 'What is Loki?' }, { start: 3213, title: 'Loki dashboard on Grafana Play' }]);
  });

  it('stops with the line of a malformed or out-of-order timestamp', () => {
    expect(failure(published('## Timestamps\n\n00:10 First\n00:05 Earlier\n')).message).toMatch(/^bad\.md:10: .*\n {2}Fix: /);
    expect(failure(published('## Timestamps\n\n00:61:00 Too many minutes\n')).message).toMatch(/^bad\.md:9: .*\n {2}Fix: /);
  });
});

describe('reference links', () => {
  it('reads markdown links, bare URLs and "Title (kind): URL" lines', () => {
    const parsed = parse(published(['## Reference links', '', '- [Pyroscope docs](https://grafana.com/docs/pyroscope/)', '', 'https://grafana.com/blog/', 'Continuous profiling (blog): https://grafana.com/blog/profiling/'].join('\n')));
    expect(parsed.episode.links).toEqual([
      { title: 'Pyroscope docs', url: 'https://grafana.com/docs/pyroscope/' },
      { title: expect.stringContaining('grafana.com/blog'), url: 'https://grafana.com/blog/' },
      { title: 'Continuous profiling (blog)', url: 'https://grafana.com/blog/profiling/' },
    ]);
  });

  it('withholds an item linking to a deny-listed host, with a warning', () => {
    const parsed = parse(published('## Resources\n\n- [Notes](https://docs.google.com/document/d/x)\n- [Thread](https://grafana.slack.com/archives/C1)\n- [Docs](https://grafana.com/docs/)\n'));
    expect(parsed.episode.links.map((link) => link.url)).toEqual(['https://grafana.com/docs/']);
    expect(parsed.warnings.filter((warning) => /internal host/.test(warning.problem))).toHaveLength(2);
  });
});

describe('dates and status', () => {
  it('an empty url or date makes a draft that says what is missing', () => {
    expect(parse(note('url:\ndate:', '')).episode).toMatchObject({ status: 'draft', missing: expect.arrayContaining(['date', 'video']) });
  });

  it('a date after the build time is upcoming, before it published', () => {
    expect(parse(note('url: https://youtu.be/pzNRvMQzrJ0\ndate: 2099-01-09', '')).episode.status).toBe('upcoming');
    expect(parse(note('url: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-09', '')).episode.status).toBe('published');
  });

  it('stops with a fix for an unparsable date', () => {
    expect(failure(note('url: https://youtu.be/pzNRvMQzrJ0\ndate: next Friday', '')).message).toMatch(/^bad\.md:3: the date "next Friday" is not a date\n {2}Fix: /);
  });
});

describe('frontmatter guests and hosts', () => {
  const episode = (frontmatter: string) => parse(note(`url: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\n${frontmatter}`, '')).episode;

  it('are read like Guest:: values: Obsidian link properties, aliases, quotes, several names in one item', () => {
    expect(episode('guests:\n  - "[[Ryan Perry]]"\n  - "[[People/Jane Doe|Jane]]"\n  - "\'Sam Rivera\'"').guests).toEqual(['Ryan Perry', 'Jane Doe', 'Sam Rivera']);
    expect(episode('guests: "[[Ryan Perry]], Jane Doe & Sam Rivera and Alex Kim"').guests).toEqual(['Ryan Perry', 'Jane Doe', 'Sam Rivera', 'Alex Kim']);
    expect(episode('guests: [[Ryan Perry]]').guests).toEqual(['Ryan Perry']);
    expect(episode('hosts: ["[[Nicole van der Hoeven]] & [[Paul Balogh]]"]').hosts).toEqual(['Nicole van der Hoeven', 'Paul Balogh']);
  });

  it('win over Guest::, and the show\'s default hosts apply without hosts:', () => {
    const parsed = parse(note('url: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\nguests: [Jane Doe]', 'Guest:: Ryan Perry\n')).episode;
    expect(parsed).toMatchObject({ guests: ['Jane Doe'], hosts: ['Default Host'] });
  });
});

describe('topics', () => {

  it('come from tags:, topics:, the title through the vocabulary and its aliases, as one topic per slug', () => {
    expect(parse(note('url: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\ntags: [grafana-loki, ebpf]\ntopics: Tempo, Load testing', '', '# [[GOH 26 - Continuous profiling with Grafana Pyroscope]]')).episode.topics).toEqual([
      { name: 'Pyroscope', slug: 'pyroscope' }, { name: 'Loki', slug: 'loki' }, { name: 'ebpf', slug: 'ebpf' },
      { name: 'Tempo', slug: 'tempo' }, { name: 'Load testing', slug: 'load-testing' },
    ]);
  });

  it('come from inline #tags in the preamble, the Guest:: line and public sections, never from internal sections', () => {
    const parsed = parse(published([
      'Guest:: Ryan Perry #profiling', '#tracing #open_telemetry', '',
      '## Talking points', '', '- Dashboards #grafana/dashboards, not `#code` or [#links](https://grafana.com/)', '',
      '## Checklist', '', '- Book the studio #internal-only',
    ].join('\n')));
    expect(parsed.episode.guests).toEqual(['Ryan Perry']);
    expect(parsed.episode.topics.map((topic) => topic.slug)).toEqual(['profiling', 'tempo', 'open-telemetry', 'grafana-dashboards']);
  });
});

describe('frontmatter overrides', () => {
  it('`draft: true` keeps a dated episode with a video a draft', () => {
    expect(parse(published('', '\ndraft: true')).episode).toMatchObject({ status: 'draft', date: '2024-01-19', videoId: 'pzNRvMQzrJ0' });
    expect(parse(published('', '\ndraft: false')).episode.status).toBe('published');
  });

  it('`episode:` and `title:` win over the heading, and `slug:` chooses the URL', () => {
    const episode = parse(published('', '\nepisode: 27\ntitle: The real title\nslug: Profiling Deep Dive')).episode;
    expect(episode).toMatchObject({ number: 27, title: 'The real title', key: 'grafana-office-hours/profiling-deep-dive' });
    expect(parse(published('', '\nepisode: 27')).episode).toMatchObject({ number: 27, title: 'Title', key: '27' });
  });
});

describe('public sections in other shapes', () => {
  it('renders task checkboxes as plain items', () => {
    const parsed = parse(published('## Talking points\n\n- [ ] Not done yet\n- [x] Done\n\t- [ ] Nested task\n'));
    expect(parsed.episode.talkingPoints[0]!.points).toEqual([
      { html: 'Not done yet', children: [] },
      { html: 'Done', children: [{ html: 'Nested task', children: [] }] },
    ]);
    expect(parsed.html).not.toMatch(/<input|checkbox|\[[ x]\]/);
  });

  it('reads reference links under a `Links` heading too', () => {
    expect(parse(published('## Links\n\n- [Docs](https://grafana.com/docs/)\n')).episode.links).toEqual([{ title: 'Docs', url: 'https://grafana.com/docs/' }]);
  });
});
