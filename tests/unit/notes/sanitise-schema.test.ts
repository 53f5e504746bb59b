import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Options as Schema } from 'rehype-sanitize';
import { testParserOptions } from '../../support/parser-options.ts';

const NOTE = '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-01-01\n---\n# [[GOH 1 - Title]]\n\n## Talking points\n\n';
const TRANSCRIPT_START = '# A stream\n\nURL: https://youtu.be/AAAAAAAAAA1\n\n';

/** A note's show notes and a transcript's page, each rendered by its own renderer from the same markdown. */
async function renderBoth(markdown: string): Promise<{ note: string; transcript: string }> {
  const { parseNote } = await import('../../../src/lib/notes/parse-note.ts');
  const { renderMarkdown } = await import('../../../src/lib/transcripts/render-transcript.ts');
  return {
    note: parseNote(`${NOTE}- ${markdown}\n`, 'sanitise.md', testParserOptions()).html,
    transcript: renderMarkdown(`${TRANSCRIPT_START}${markdown}\n`).html,
  };
}

describe('the one sanitising schema (src/lib/notes/sanitise-schema.ts)', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/lib/notes/sanitise-schema.ts');
    vi.resetModules();
  });

  it('strips a script link and an image from elsewhere in a note and in a transcript alike', async () => {
    const rendered = await renderBoth('[click](javascript:alert(1)) and ![x](data:text/html;base64,PHNjcmlwdD4=) **kept**');
    for (const html of Object.values(rendered)) {
      expect(html).not.toMatch(/javascript:|data:text/);
      expect(html).toContain('<strong>kept</strong>');
    }
  });

  // A renderer with a schema of its own, even a copy of the shared one, would still write <strong> here.
  it('is the schema both renderers sanitise with: a stricter one changes what each publishes', async () => {
    vi.doMock('../../../src/lib/notes/sanitise-schema.ts', async (importOriginal) => {
      const shared = await importOriginal<typeof import('../../../src/lib/notes/sanitise-schema.ts')>();
      const withoutStrong = (schema: Schema): Schema => ({ ...schema, tagNames: schema.tagNames?.filter((name) => name !== 'strong') });
      return { NOTE_HTML_SCHEMA: withoutStrong(shared.NOTE_HTML_SCHEMA), TRANSCRIPT_HTML_SCHEMA: withoutStrong(shared.TRANSCRIPT_HTML_SCHEMA) };
    });
    vi.resetModules();
    const rendered = await renderBoth('a **bold** word');
    for (const html of Object.values(rendered)) {
      expect(html).toContain('bold');
      expect(html).not.toContain('<strong>');
    }
  });

  it('lets only a note publish wikilink spans: a transcript has none', async () => {
    const { NOTE_HTML_SCHEMA, TRANSCRIPT_HTML_SCHEMA } = await import('../../../src/lib/notes/sanitise-schema.ts');
    expect(NOTE_HTML_SCHEMA.attributes?.span?.length).toBeGreaterThan(0);
    expect(TRANSCRIPT_HTML_SCHEMA.attributes?.span).toBeUndefined();
    expect(NOTE_HTML_SCHEMA.tagNames).toEqual(TRANSCRIPT_HTML_SCHEMA.tagNames);
    expect(NOTE_HTML_SCHEMA.tagNames).not.toContain('input');
  });
});
