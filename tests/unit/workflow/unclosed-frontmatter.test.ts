import { describe, expect, it } from 'vitest';
import { unclosedFrontmatter } from '../../../src/lib/workflow/unclosed-frontmatter.ts';

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
});
