import { readFileSync } from 'node:fs';
import type { Blockquote, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/site.config.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { fillEpisodeTemplate } from '../../../src/lib/workflow/new-episode.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const template = readFileSync('templates/episode.md', 'utf8');
const blockquotes: string[] = [];
visit(unified().use(remarkParse).parse(template) as Root, 'blockquote', (node: Blockquote) => {
  blockquotes.push(toString(node).replace(/\s+/g, ' ').trim());
});
const filled = fillEpisodeTemplate(template, { number: 30, title: 'Tracing with Tempo', guests: [], seriesPrefix: 'GOH' });
const parsed = parseNote(filled, 'GOH-30.md', testParserOptions());

describe('the episode template (templates/episode.md)', () => {
  it('has instruction blockquotes in its checklist, talking points, timestamps and links', () => {
    expect(blockquotes.length).toBeGreaterThanOrEqual(5);
  });

  it('leaves `date:` empty and uses no Obsidian variables, so that no note is dated by the day it was written', () => {
    expect(template).toMatch(/^date: *$/m);
    expect(template).not.toMatch(/\{\{[^}]*\}\}/);
  });

  it('lists every one of its blockquotes among the config\'s template instructions', () => {
    const instructions = siteConfig.templateInstructions.map((text) => text.toLowerCase());
    const unknown = blockquotes.filter((quote) => !instructions.some((start) => quote.toLowerCase().startsWith(start)));
    expect(unknown).toEqual([]);
  });

  it('filled with a number and title, is a draft missing date, video, guest and chapters', () => {
    expect(parsed.episode).toMatchObject({ number: 30, title: 'Tracing with Tempo', status: 'draft', missing: ['date', 'video', 'guest', 'chapters'] });
    expect(parsed.warnings).toEqual([]);
  });

  it('publishes none of its instructions, placeholders or checklists', () => {
    const published = `${parsed.html}\n${JSON.stringify(parsed.episode)}`;
    for (const quote of blockquotes) expect(published).not.toContain(quote.slice(0, 40));
    for (const text of ['<name>', '&lt;name&gt;', '<topic>', '&lt;topic&gt;', '<guest>', '&lt;guest&gt;', 'Hello and welcome', 'Streamyard', 'pronounce your name', 'Add timestamps to the video']) {
      expect(published).not.toContain(text);
    }
  });

  it('keeps its generic talking points, without the placeholder items', () => {
    expect(parsed.episode.talkingPoints.flatMap((group) => group.points.map((point) => point.html))).toEqual(['Intro', 'Outro']);
  });

  it('reports the withheld instructions under Talking points, Timestamps and Reference links', () => {
    const instructions = parsed.withheld.filter((item) => item.reason === 'template instruction').map((item) => item.section);
    expect(instructions).toEqual(['Talking points', 'Timestamps', 'Reference links']);
  });
});
