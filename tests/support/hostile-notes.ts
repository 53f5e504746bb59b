import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A published note's first six lines: frontmatter and heading. */
export const noteHead = (number: number, title: string) => `---\nurl: https://youtu.be/HHHHHHHHH${String(number).padStart(2, '0')}\ndate: 2024-05-${String((number % 28) + 1).padStart(2, '0')}\n---\n# [[GOH ${number} - ${title}]]\n\n`;

/**
 * Writes the hostile but valid archive into a fresh folder: the notes of tests/fixtures/hostile, and
 * three written here rather than committed: invalid UTF-8 (so no tool "fixes" the fixture), a
 * 100,000-character line and an empty Timestamps section.
 */
export function writeHostileNotes(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  cpSync('tests/fixtures/hostile/episodes', folder, { recursive: true });
  writeFileSync(join(folder, 'GOH-46.md'), Buffer.concat([
    Buffer.from('---\nurl: https://youtu.be/HHHHHHHHH46\ndate: 2024-05-03\n---\n# [[GOH 46 - Bytes that are not UTF-8]]\n\n## Talking points\n\n- caf'),
    Buffer.from([0xe9, 0xff]), Buffer.from('\n'),
  ]));
  writeFileSync(join(folder, 'GOH-47.md'), `${noteHead(47, 'A very long line')}## Talking points\n\n- ${'longword '.repeat(11_112)}end of the long line\n`);
  writeFileSync(join(folder, 'GOH-48.md'), `${noteHead(48, 'An empty Timestamps section')}## Timestamps\n\n## Talking points\n\n- After the empty section\n`);
}
