import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GUESTS = ['Jane Doe', 'Ryan Perry', 'Alex Kim', 'Priya Natarajan', 'Sam Rivera'];
const TOPICS = ['Loki', 'Tempo', 'Pyroscope', 'Mimir', 'Alloy'];

/**
 * Writes `count` small published episode notes (GOH 1..count, weekly from January 2022) into a fresh
 * folder: an archive long enough for /episodes/ to have more than one page.
 */
export function writePaginatedNotes(folder: string, count: number): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let number = 1; number <= count; number += 1) {
    const date = new Date(Date.UTC(2022, 0, 7 + 7 * (number - 1))).toISOString().slice(0, 10);
    const guest = GUESTS[number % GUESTS.length]!;
    const topic = TOPICS[number % TOPICS.length]!;
    const videoId = `PAGE${String(number).padStart(7, '0')}`;
    writeFileSync(join(folder, `GOH-${number}.md`), [
      '---', `url: https://youtu.be/${videoId}`, `date: ${date}`, `tags: [${topic.toLowerCase()}]`, '---',
      `# [[GOH ${number} - ${topic} in practice, part ${number}]]`, '', `Guest:: ${guest}`, '',
      '## Timestamps', '', '00:00:00 Welcome', `00:05:00 ${topic} questions from the chat`, '',
      '## Talking points', '', `- What is new in ${topic}`, '',
    ].join('\n'));
  }
}
