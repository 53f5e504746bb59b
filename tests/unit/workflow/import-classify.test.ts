import { describe, expect, it } from 'vitest';
import { classifyVaultNotes } from '../../../src/lib/workflow/import-classify.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const note = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('what import makes of each vault note', () => {
  it('copies a draft marked as one, whatever else is wrong in it: no video yet and a date that is not a date', () => {
    const draft = note('projects/Grafana Office Hours/GOH 30 - Later.md', '---\nurl: TBD\ndate: next Friday\n---\n# [[GOH 30 - Later]]\n\n## Talking points\n- One\n');
    const published = note('projects/Grafana Office Hours/GOH 31 - Now.md', '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: next Friday\n---\n# [[GOH 31 - Now]]\n\n## Talking points\n- One\n');
    // Its frontmatter does not even parse: still a draft (no video), copied, never left out.
    const brokenDraft = note('projects/Grafana Office Hours/GOH 32 - Someday.md', '---\nurl: TBD\ndate: [2024-07-19\n---\n# [[GOH 32 - Someday]]\n');
    const classified = classifyVaultNotes([draft, published, brokenDraft], [], testParserOptions());
    expect(classified.importable.get(draft.path)).toBe('draft');
    expect(classified.importable.get(brokenDraft.path)).toBe('draft');
    expect(classified.leftOut.map((left) => left.source)).toEqual([published.path]);
    expect(classified.leftOut[0]!.problem).toMatch(/next Friday/);
  });
});
