// Synthetic episode notes in the shape the team writes them (see ../shared/corpus/GOH-26.md), for the
// benchmark: numbered headings, url and date, one to three guests from a pool (so guest pages list
// several episodes), topics in titles, 10 to 40 talking points, 5 to 15 timestamps, reference links,
// and the internal checklist sections the archive must withhold. Deterministic for a given seed.
// Talking points, chapters and a transcript's summary dwell on the episode's own topic, as the team's do:
// the archive gives a topic to an episode whose chapters name it once or talking points three times, and
// the team's published episodes get about two topics each (1 to 7), not every topic (docs/benchmarks.md).

/** A small seeded generator (mulberry32), so every run writes the same notes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ryan', 'Jane', 'Priya', 'Sam', 'Alex', 'Zoë', 'Marco', 'Aiko', 'Lena', 'Omar', 'Chen', 'Fatima', 'Tom', 'Sofia', 'Ivan'];
const LAST = ['Perry', 'Doe', 'Natarajan', 'Rivera', 'Kim', 'Martínez', 'Rossi', 'Tanaka', 'Schmidt', 'Haddad', 'Wei', 'Okafor', 'Berg', 'Costa', 'Petrov'];
const TOPICS = ['Loki', 'Tempo', 'Pyroscope', 'Mimir', 'Prometheus', 'OpenTelemetry', 'Alloy', 'k6', 'dashboards', 'alerting', 'Kubernetes', 'eBPF'];
const VERBS = ['Getting started with', 'Scaling', 'Debugging', 'What is new in', 'Deep dive into', 'Migrating to', 'Best practices for', 'Cost control with'];
const WORDS = ['query', 'labels', 'cardinality', 'retention', 'sampling', 'exemplars', 'histograms', 'recording rules', 'dashboards', 'alerts', 'traces', 'profiles', 'logs', 'metrics', 'agents', 'pipelines'];
/** WORDS that name no topic of the shipped vocabulary ("dashboards", "alerts" and "traces" do): for talking points and chapters. */
const PLAIN_WORDS = WORDS.filter((word) => !['dashboards', 'alerts', 'traces'].includes(word));

const VIDEO_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A note, and for a share of the episodes the transcript of its video (the team's transcript script's shape). */
export interface SyntheticNote { fileName: string; text: string; transcript?: { fileName: string; text: string } }

/**
 * The share of synthetic episodes with a transcript, as in the team's vault: about twenty of its fifty-five
 * published episodes have one (issue "Transcripts"). docs/benchmarks.md also gives a run at 60%.
 */
export const TRANSCRIPT_SHARE = 0.36;

export function syntheticNotes(count: number, seed = 26): SyntheticNote[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  // Transcripts draw from a generator of their own, so the notes stay exactly as they were before transcripts.
  const transcriptRandom = seededRandom(seed + 1_000_003);
  const pickForTranscript = <T>(items: readonly T[]) => items[Math.floor(transcriptRandom() * items.length)]!;
  const guestPool = Array.from({ length: Math.max(20, Math.floor(count / 3)) }, (_, index) => `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}${index >= FIRST.length * LAST.length ? ` ${index}` : ''}`);
  // Weekly, the newest on 2026-11-20, so every episode is published (ARCHIVE_NOW is 2026-11-24).
  const firstDay = Date.UTC(2026, 10, 20) - (count - 1) * 7 * 86_400_000;
  const notes: SyntheticNote[] = [];
  for (let number = 1; number <= count; number++) {
    const topic = pick(TOPICS);
    // Mostly the episode's own topic; now and then another one, in passing.
    const topicSaid = (share: number) => (random() < share ? topic : pick(TOPICS));
    const title = `${pick(VERBS)} ${topic}: ${pick(WORDS)} and ${pick(WORDS)}`;
    const guests = Array.from(new Set(Array.from({ length: between(1, 3) }, () => pick(guestPool))));
    const date = new Date(firstDay + (number - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
    const videoId = Array.from({ length: 11 }, () => pick([...VIDEO_ID_CHARS])).join('');
    const points: string[] = [];
    for (let index = between(10, 40); index > 0; index--) {
      points.push(`${random() < 0.3 ? '\t' : ''}- How do you handle ${pick(PLAIN_WORDS)} with ${topicSaid(0.8)}? What about ${pick(PLAIN_WORDS)}?`);
    }
    let seconds = 0;
    const timestamps = Array.from({ length: between(5, 15) }, (_, index) => {
      seconds += index === 0 ? 0 : between(60, 600);
      const clock = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((part) => String(part).padStart(2, '0')).join(':');
      return `${clock} ${pick(PLAIN_WORDS)} in ${topicSaid(0.9)}`;
    });
    const links = Array.from({ length: between(2, 6) }, (_, index) => `- [${pick(TOPICS)} docs: ${pick(WORDS)}](https://grafana.com/docs/${number}/${index}/)`);
    const transcript = transcriptRandom() < TRANSCRIPT_SHARE ? syntheticTranscript({ number, title, date, videoId, timestamps, topic }, pickForTranscript) : undefined;
    notes.push({
      ...(transcript ? { transcript } : {}),
      fileName: `GOH-${number}.md`,
      text: [
        '---', `url: https://youtube.com/live/${videoId}`, `date: ${date}`, '---',
        `# [[GOH ${number} - ${title}]]`, '',
        `<iframe width="560" height="315" src="https://www.youtube.com/embed/${videoId}" frameborder="0" allowfullscreen></iframe>`, '',
        `Guest:: ${guests.map((name) => `[[${name}]]`).join(', ')}`, '',
        '## Checklist', '',
        '- [ ] Schedule the broadcast on Streamyard and invite the guest.',
        '- [ ] Post in the [internal channel](https://grafana.slack.com/archives/C000) before the show.',
        '- [ ] Create a thumbnail on Canva.', '',
        '## Talking points', '',
        '> Enumerate talking points for the show. It\'s better to keep these as bullet points to encourage a more casual, rather than scripted, conversation.', '',
        ...points, '',
        '### Just before the show', '',
        '- [ ] How do you pronounce your name?', '',
        '## Timestamps', '', ...timestamps, '',
        '## Reference links', '', ...links, '',
        '## After the show', '',
        '- [ ] Upload the recording to the [shared drive](https://drive.google.com/drive/folders/x).', '',
      ].join('\n'),
    });
  }
  return notes;
}

const SPEAKERS = ['Host', 'Guest', 'Co-host'];

/**
 * A transcript as the team's script writes it (title, Published on, Description, URL, Summary, Chapters,
 * the cleaned-up text under its own headings, then the raw captions): about 40 KB, as a real one-hour
 * episode's is (the corpus's are 50 to 80 KB with captions).
 */
function syntheticTranscript(episode: { number: number; title: string; date: string; videoId: string; timestamps: string[]; topic: string }, pick: <T>(items: readonly T[]) => T): { fileName: string; text: string } {
  const sentence = () => `We talked about ${pick(WORDS)} in ${pick(TOPICS)}, and how ${pick(WORDS)} changes once you have ${pick(WORDS)} at scale.`;
  // The description and summary (from which the archive takes topics) are about the episode's topic.
  const aboutEpisode = () => `We talked about ${pick(PLAIN_WORDS)} in ${episode.topic}, and how ${pick(WORDS)} changes once you have ${pick(WORDS)} at scale.`;
  const sections: string[] = [];
  const captions: string[] = [];
  for (const line of episode.timestamps) {
    sections.push(`## ${line.replace(/^\S+ /, '')}`, '');
    for (let paragraph = 0; paragraph < 4; paragraph++) {
      const said = Array.from({ length: 6 }, sentence).join(' ');
      sections.push(`**${pick(SPEAKERS)}:**  `, said, '');
      captions.push(said.toLowerCase().replace(/[.,]/g, ''));
    }
  }
  return {
    fileName: `${episode.date}T17:00:00Z-goh-${episode.number}.md`,
    text: [
      `# ${episode.title} (Grafana Office Hours #${episode.number})`, '', `Published on ${episode.date}T17:00:00Z`, '',
      '## Description', '', `${aboutEpisode()} ...`, '', `URL: https://www.youtube.com/watch?v=${episode.videoId}`, '',
      '## Summary', '', Array.from({ length: 4 }, aboutEpisode).join(' '), '',
      '## Chapters', '', 'Here are the key moments from the livestream with timestamps:', '', ...episode.timestamps.map((line) => `${line}  `), '',
      `# ${episode.title}`, '', ...sections,
      '## Raw YouTube Transcript', '', captions.join(' '), '',
    ].join('\n'),
  };
}
