import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptsFolder } from '../../../src/lib/collection/transcripts-folder.ts';

describe('the transcripts folder, as npm run check reads it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'transcripts-folder-'));
  cpSync('tests/fixtures/transcripts', folder, { recursive: true });
  // A second file of one video: the first in file order is the one used, as in the build.
  cpSync('tests/fixtures/transcripts/new-with-chapters.md', join(folder, 'zz-copy-of-new.md'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const read = readTranscriptsFolder(folder);

  it('counts every file and keeps one transcript per video', () => {
    expect(read.files).toBe(6);
    expect(read.byVideo.get('Qw3rTy5uIo0')?.file).toMatch(/\/new-with-chapters\.md$/);
    expect(read.byVideo.get('Hh7Kk2Lm9Nb')?.source).toBe('text');
  });

  it('warns about the second file of a video, and about a file with nothing beyond its title', () => {
    const problems = read.warnings.map((warning) => `${warning.file.split('/').pop()}: ${warning.problem}`);
    expect(problems).toContainEqual(expect.stringMatching(/^zz-copy-of-new\.md: this transcript is of the same video \(Qw3rTy5uIo0\) as .*new-with-chapters\.md, which is the one used$/));
    expect(problems.some((problem) => problem.startsWith('title-only.md: '))).toBe(true);
    expect(read.byVideo.has('Tt1Ee2Aa3Ss')).toBe(false);
  });
});
