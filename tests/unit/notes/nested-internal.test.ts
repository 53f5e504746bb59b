import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const HEAD = '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: 2024-01-01\n---\n# [[GOH 1 - Title]]\n\n';
const parse = (body: string) => parseNote(HEAD + body, 'nested.md', testParserOptions());

describe('internal sections nested in public ones (tests/fixtures/hostile/episodes/GOH-61.md)', () => {
  const file = 'tests/fixtures/hostile/episodes/GOH-61.md';
  const note = parseNote(readFileSync(file, 'utf8'), file, testParserOptions());
  const withheldText = note.withheld.flatMap((item) => item.texts).join('\n');

  it('withholds a subsection, a list item and a callout named as internal, with what is under them', () => {
    for (const secret of ['pronounce your name', 'microphone', 'unreleased dashboard', 'Just before the show', 'Pre-show', 'stream key', 'Checklist', 'recording waiver']) {
      expect(note.html, secret).not.toContain(secret);
      expect(withheldText, secret).toContain(secret);
    }
  });

  it('keeps the public subsections, points and callouts around them', () => {
    for (const text of ['A public point about tracing with Tempo', 'What tracing gives you', 'A public subsection point about spans', 'Callouts next', 'A public tip', 'Sample traces at the head', 'Last public point', '(std::io)']) {
      expect(note.html, text).toContain(text);
    }
  });

  it('never publishes a Dataview field written inside a line, and reports it', () => {
    expect(note.html).toContain('The guest says  hello and  more');
    for (const value of ['tem-POH', 'ninety thousand', 'pronounce', 'budget']) expect(note.html, value).not.toContain(value);
    expect(note.withheld.filter((item) => item.reason === 'data field').map((item) => item.section)).toEqual(['pronounce::', 'budget::']);
  });

  it('takes no link URL or title from a definition in an internal section', () => {
    expect(note.html).not.toContain('intranet.example.com');
    expect(note.html).not.toContain('ask alice');
    expect(note.html).toContain('[see the plan][r]');
    expect(withheldText).toContain('ask alice about the unreleased roadmap numbers');
  });
});

describe('which names make a nested section internal', () => {
  it('withholds a subsection named as internal section, with a note in brackets, or starting with pre-show/post-show', () => {
    for (const heading of ['Checklist', 'Just before the show (15 min)', 'After the show:', 'Pre-show questions', 'Post-show tasks', '**Pre show** notes']) {
      const note = parse(`## Talking points\n\n- public\n\n### ${heading}\n\n- kept back\n`);
      expect(note.html, heading).not.toContain('kept back');
    }
  });

  it('keeps subsections that only mention the words: questions, a production checklist, the show', () => {
    for (const heading of ['Questions', 'Community questions', 'A production readiness checklist for Loki', 'Before the show went live', 'Showcase']) {
      const note = parse(`## Talking points\n\n- public\n\n### ${heading}\n\n- still published\n`);
      expect(note.html, heading).toContain('still published');
    }
  });

  it('uses a public definition for a reference in a public section', () => {
    const note = parse('## Talking points\n\n- Read [the docs][d]\n\n## Reference links\n\n- [Loki](https://grafana.com/oss/loki/)\n\n[d]: https://grafana.com/docs/ "Grafana docs"\n');
    expect(note.html).toContain('<a href="https://grafana.com/docs/" title="Grafana docs">the docs</a>');
  });

  it('reads a Dataview field in brackets only with a space or the bracket after ::', () => {
    const note = parse('## Talking points\n\n- keep (std::fs::read) and `[code:: kept]` but drop [key:: value]\n');
    expect(note.html).toContain('(std::fs::read)');
    expect(note.html).toContain('[code:: kept]');
    expect(note.html).not.toContain('value');
  });
});
