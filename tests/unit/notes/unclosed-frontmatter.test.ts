import { describe, expect, it } from 'vitest';
import { readNoteStart } from '../../../src/lib/notes/note-start.ts';

const unclosedFrontmatter = (text: string, file: string) => {
  const problem = readNoteStart(text, file).split.problem;
  return problem?.kind === 'unclosed' ? problem.error : undefined;
};

describe('frontmatter that is never closed', () => {
  it('is found, with the last property to close it after', () => {
    expect(unclosedFrontmatter('---\r\nurl: https://youtu.be/x\r\ndate: 2024-01-01\r\n\r\n# [[GOH 1 - A]]\r\n', 'GOH-1.md')).toMatchObject({
      file: 'GOH-1.md', line: 1, fix: expect.stringContaining('after line 3, the last property'),
    });
    expect(unclosedFrontmatter('\uFEFF---\n# [[GOH 1 - A]]\n', 'GOH-1.md')?.fix).toContain('after the last property');
  });

  it('is not reported for closed frontmatter (`---` or `...`), or a note without any', () => {
    expect(unclosedFrontmatter('---\nurl: x\n---\n# [[GOH 1 - A]]\n', 'a.md')).toBeUndefined();
    expect(unclosedFrontmatter('---\nurl: x\n...\n# [[GOH 1 - A]]\n', 'a.md')).toBeUndefined();
    expect(unclosedFrontmatter('# [[GOH 1 - A]]\n\n---\n\ntext\n', 'a.md')).toBeUndefined();
  });

  it('still gives the properties it holds, so a reader can tell whether the note would be published', () => {
    const start = readNoteStart('---\nurl: https://youtu.be/x\ndate: 2024-01-01\n# [[GOH 1 - A]]\n', 'a.md');
    expect(start.split.data).toEqual({ url: 'https://youtu.be/x', date: '2024-01-01' });
    expect(start.split.body).toBe('\n\n\n# [[GOH 1 - A]]\n');
  });
});
