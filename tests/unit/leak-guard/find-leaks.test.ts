import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../../src/lib/leak-guard/find-leaks.ts';
import { growthFactor } from '../../support/growth.ts';
import { collectSecrets, type NoteSecretsInput } from '../../../src/lib/leak-guard/secrets.ts';
import { collectDeniedUrls } from '../../../src/lib/leak-guard/denied-links.ts';
import { calendarText, jsonText, markupText } from '../../../src/lib/leak-guard/text.ts';
import type { WithheldText } from '../../../src/lib/notes/withheld.ts';

const checklist: WithheldText = {
  reason: 'internal section', section: 'Checklist', line: 9,
  texts: ['Checklist', 'Schedule a Slack message on the internal workspace', 'Intro', 'After the show', 'Project Nightingale',
    'Ask Lee about the roadmap. He said the beta ships in March, but keep that between us.'],
};
const note = (publicText = 'Talking points Intro', withheld: WithheldText[] = [checklist]): NoteSecretsInput =>
  ({ file: 'GOH-26.md', episode: '26', withheld, publicText });
const secrets = collectSecrets([note()], { sectionNames: ['Talking points', 'After the show'] });
const leaksIn = (text: string, found = secrets) => findLeaks([{ path: 'out', text }], found).map((leak) => leak.secret.text);

describe('the leak guard', () => {
  it('finds withheld text in a page even when markup and entities split it', () => {
    const html = '<li>Schedule a <em>Slack</em> message on the internal&nbsp;workspace</li>';
    const leaks = findLeaks([{ path: 'episodes/26/index.html', text: markupText(html) }], secrets);
    expect(leaks.map((leak) => [leak.outputFile, leak.secret.file, leak.secret.origin])).toEqual([
      ['episodes/26/index.html', 'GOH-26.md', 'internal section: Checklist'],
    ]);
  });

  it('finds withheld text escaped inside RSS content:encoded and folded in iCalendar', () => {
    const rss = '<content:encoded><![CDATA[<p>Schedule a Slack message on the internal workspace</p>]]></content:encoded>';
    const escapedRss = '<description>&lt;p&gt;Schedule a &lt;em&gt;Slack&lt;/em&gt; message on the internal workspace&lt;/p&gt;</description>';
    expect(leaksIn(markupText(rss, { escapedMarkup: true }))).toHaveLength(1);
    expect(leaksIn(markupText(escapedRss, { escapedMarkup: true }))).toHaveLength(1);
    expect(leaksIn(calendarText('DESCRIPTION:Schedule a Slack message on the int\r\n ernal workspace\\, later'))).toHaveLength(1);
  });

  it('finds withheld text that is only in an attribute: meta content, alt, title, aria-label, data-*', () => {
    const withheld = 'Schedule a Slack message on the internal workspace';
    for (const tag of [
      `<meta property="og:description" content="${withheld}">`,
      `<meta name="description" content='${withheld}'>`,
      `<img src="/a.jpg" alt="${withheld}">`,
      `<a href="/" title="${withheld.replaceAll(' ', '&#32;')}">x</a>`,
      `<nav aria-label="${withheld}"></nav>`,
      `<div data-pagefind-meta="summary:${withheld}"></div>`,
    ]) {
      expect(leaksIn(markupText(`<html><head>${tag}</head><body><p>Nothing here</p></body></html>`)), tag).toHaveLength(1);
    }
  });

  it('finds part of a withheld paragraph: any six words in a row, or a distinctive short sentence of it', () => {
    // The middle of the second sentence, cut on both sides.
    expect(leaksIn(markupText('<p>Rumour: the beta ships in March, but nobody knows.</p>'))).toEqual([checklist.texts[5]]);
    // Its first sentence alone, five words: short, but "roadmap" is in no public text.
    expect(leaksIn(markupText('<p>Ask Lee about the roadmap.</p>'))).toEqual([checklist.texts[5]]);
    // Five words in a row of a long text, not a sentence of it: not enough to tell.
    expect(leaksIn(markupText('<p>Slack message on the internal</p>'))).toEqual([]);
  });

  it('looks for short withheld texts only when they are distinctive and not a section name', () => {
    expect(secrets.map((secret) => secret.text)).toEqual([
      'Schedule a Slack message on the internal workspace',
      'Project Nightingale',
      checklist.texts[5],
    ]);
    expect(leaksIn(markupText('<h2>Intro</h2><h2>After the show</h2><h2>Checklist</h2>'))).toEqual([]);
    expect(leaksIn(markupText('<p>Codename: project nightingale.</p>'))).toEqual(['Project Nightingale']);
  });

  it('does not call a leak what a note also publishes on purpose, and still finds the rest', () => {
    expect(collectSecrets([note('We will schedule a Slack message on the internal workspace')]).map((secret) => secret.text))
      .not.toContain('Schedule a Slack message on the internal workspace');
    const partlyPublic = collectSecrets([note('Ask Lee about the roadmap. He said the beta ships in March.')]);
    // Published runs are not secret; the runs that were never published still are.
    expect(leaksIn('He said the beta ships in March', partlyPublic)).toEqual([]);
    expect(leaksIn('ships in March, but keep that between us', partlyPublic)).toEqual([checklist.texts[5]]);
    // "Project Nightingale" is published: no longer distinctive.
    expect(collectSecrets([note('Our codename is Project Nightingale')]).map((secret) => secret.text)).not.toContain('Project Nightingale');
  });

  it('reads JSON strings whole, so escapes inside them cannot split a leak', () => {
    const json = JSON.stringify({ chapters: [{ title: 'Schedule a Slack message\non the internal workspace' }] });
    expect(json).toContain('\\n');
    expect(leaksIn(jsonText(json))).toHaveLength(1);
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({ name: 'Schedule a Slack message\non the internal <b>workspace</b>' }).replace(/</g, '\\u003c')}</script>`;
    expect(leaksIn(markupText(jsonLd))).toHaveLength(1);
  });

  it('passes output that holds no withheld text', () => {
    expect(leaksIn(markupText('<p>Schedule a Slack call</p><p>x &lt; y, and a <b>message</b> on the internal workspace</p>'))).toEqual([]);
  });

  it('treats any mention of a deny-listed link host as a leak', () => {
    const denied = collectDeniedUrls(
      [{ file: 'a.md', episode: '1', text: 'See [doc](https://docs.google.com/document/d/abc/edit) and https://grafana.com' }],
      ['docs.google.com'],
    );
    expect(denied.map((secret) => secret.text)).toEqual(['https://docs.google.com/document/d/abc/edit', 'docs.google.com']);
    expect(findLeaks([{ path: 'index.html', text: markupText('<a href="https://docs.google.com/x">x</a>') }], denied)).toHaveLength(1);
    expect(findLeaks([{ path: 'index.html', text: markupText('<a href="https://grafana.com/docs">Google docs</a>') }], denied)).toEqual([]);
    expect(findLeaks([{ path: 'rss.xml', text: markupText('link: https://docs.google.com/x') }], denied)).toHaveLength(1);
  });

  describe('an internal link in any spelling (the notes of tests/fixtures/hostile/episodes/GOH-60.md)', () => {
    const notes = [{ file: 'GOH-60.md', episode: '60', text: readFileSync('tests/fixtures/hostile/episodes/GOH-60.md', 'utf8') }];
    const denied = collectDeniedUrls(notes, ['*.slack.com', 'docs.google.com', 'drive.google.com', 'calendar.google.com']);
    const leaksOf = (html: string) => findLeaks([{ path: 'episodes/60/index.html', text: markupText(html) }], denied);
    const published = [
      ['<a href="https://www.google.com/url?q=https://docs.google.com/document/d/REDIRECTDOC/edit&amp;sa=D">the run of show</a>', 'https://www.google.com/url?q=https://docs.google.com/document/d/REDIRECTDOC/edit&sa=D'],
      ['<a href="https://www.google.com/url?q=https%3A%2F%2Fdrive.google.com%2Ffile%2Fd%2FENCODEDREDIRECT">x</a>', 'https://www.google.com/url?q=https%3A%2F%2Fdrive.google.com%2Ffile%2Fd%2FENCODEDREDIRECT'],
      ['<p>The booking is at https://calendar.google.com./calendar/u/0/r/eventedit/TRAILINGDOT</p>', 'https://calendar.google.com./calendar/u/0/r/eventedit/TRAILINGDOT'],
      ['<a href="https://docs.google.com./document/d/TRAILINGDOTDOC/edit">the plan</a>', 'https://docs.google.com./document/d/TRAILINGDOTDOC/edit'],
      ['<li><a href="https://drive.google.com%2e/file/d/ENCODEDDOT/view">https://drive.google.com%2e/file/d/ENCODEDDOT/view</a></li>', 'https://drive.google.com%2e/file/d/ENCODEDDOT/view'],
      ['<li>Ask in grafana．slack．com/archives/FULLWIDTHDOTS before the show</li>', 'grafana．slack．com/archives/FULLWIDTHDOTS'],
      ['<a href="https://grafana%EF%BC%8Eslack%EF%BC%8Ecom/archives/FULLWIDTHDOTS">x</a>', 'grafana．slack．com/archives/FULLWIDTHDOTS'],
      ['<p>Or in grafana。slack。com/archives/IDEOGRAPHICDOTS</p>', 'grafana。slack。com/archives/IDEOGRAPHICDOTS'],
      ['<a href="HTTPS://DOCS.GOOGLE.COM/document/d/UPPERCASEHOST">shouting</a>', 'HTTPS://DOCS.GOOGLE.COM/document/d/UPPERCASEHOST'],
      ['<a href="https://docs.google.com:443/document/d/WITHPORT">with a port</a>', 'https://docs.google.com:443/document/d/WITHPORT'],
    ];

    for (const [html, url] of published) {
      it(`catches ${url} and names it, not another link to its host`, () => {
        const leaks = leaksOf(`<main><p>A public point</p>${html}</main>`);
        expect(leaks.map((leak) => leak.secret.text)).toEqual([url]);
      });
    }

    it('catches a host published without the path the note wrote, naming the host', () => {
      expect(leaksOf('<p>we chat on grafana.slack.com</p>').map((leak) => leak.secret.text)).toEqual(['grafana.slack.com']);
    });

    it('passes the public parts of the note', () => {
      expect(leaksOf('<p>A public point about Loki, with <a href="https://grafana.com/docs/loki/latest/">the docs</a></p><p>Another public point: what is new in Loki 3</p>')).toEqual([]);
    });
  });

  it('does work linear in the output, however many withheld texts and however common their words', () => {
    const words = ['the', 'show', 'and', 'grafana', 'guest', 'of', 'a', 'to', 'we', 'loki'];
    const notes = Array.from({ length: 2_000 }, (_, index) => note('', [{
      reason: 'internal section', section: 'Checklist', line: 1,
      texts: [Array.from({ length: 30 }, (_, word) => words[(index + word * 7) % words.length]).join(' ') + ` secret${index}`],
    }]));
    const many = collectSecrets(notes);
    expect(many.length).toBeGreaterThan(1_000);
    const page = (length: number) => Array.from({ length }, (_, index) => words[(index * 3) % words.length]).join(' ');
    const [small, large] = [page(100_000), page(1_000_000)];
    const factor = growthFactor(() => findLeaks([{ path: 'p', text: small }], many), () => findLeaks([{ path: 'p', text: large }], many));
    // Ten times the output: linear work is about ten times as much; quadratic would be a hundred.
    expect(factor).toBeLessThan(30);
  });
});
