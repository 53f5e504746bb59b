import { describe, expect, it } from 'vitest';
import { sentenceGroups } from '../../../src/lib/transcripts/paragraphs.ts';
import { renderMarkdown } from '../../../src/lib/transcripts/render-transcript.ts';

const sentence = (index: number) => `Sentence number ${index} says a few more words about Loki here.`;

describe('paragraphs of a transcript on a phone', () => {
  it('leaves a paragraph of up to a hundred words whole', () => {
    const text = Array.from({ length: 9 }, (_, index) => sentence(index)).join(' ');
    expect(sentenceGroups(text)).toEqual([text]);
  });

  it('splits a long paragraph at sentence ends into paragraphs of about seventy words, a short tail kept with the one before', () => {
    const text = Array.from({ length: 40 }, (_, index) => sentence(index)).join(' ');
    const groups = sentenceGroups(text);
    expect(groups.length).toBeGreaterThan(3);
    for (const [index, group] of groups.entries()) {
      expect(group).toMatch(/^Sentence number \d+ .*here\.$/);
      const words = group.split(' ').length;
      // The last one is what is left: at least a third of a paragraph, or it joins the one before.
      expect(words).toBeGreaterThanOrEqual(index === groups.length - 1 ? 24 : 70);
      expect(words).toBeLessThan(100);
    }
    expect(groups.join(' ')).toBe(text);
  });

  it('splits the cleaned-up text of a transcript, and leaves a paragraph with emphasis whole', () => {
    const long = Array.from({ length: 40 }, (_, index) => sentence(index)).join(' ');
    const { html } = renderMarkdown(`# Part one\n\n${long}\n\n*${long}*\n`);
    expect(html.match(/<p>/g)!.length).toBeGreaterThan(5);
    expect(html).toContain(`<p><em>${long}</em></p>`);
  });

  it('leaves a long paragraph whole when it has emphasis among its words, rather than lose the emphasis', () => {
    const long = Array.from({ length: 20 }, (_, index) => sentence(index)).join(' ');
    const { html } = renderMarkdown(`${long} Tempo is *really* fast. ${long}\n`);
    expect(html).toBe(`<p>${long} Tempo is <em>really</em> fast. ${long}</p>`);
  });
});
