import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deniedTarget, deniedUrlsInText, hostOf, isDeniedHost } from '../../../src/lib/notes/link-hosts.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const DENIED = ['*.slack.com', 'docs.google.com', 'drive.google.com', 'calendar.google.com'];

describe('the host of a link, as a browser reaches it', () => {
  it('matches a denied host in any spelling: trailing, encoded and Unicode dots, case, ports', () => {
    for (const url of [
      'https://docs.google.com./document/d/X', 'https://drive.google.com%2e/file/d/X', 'https://drive%2egoogle%2ecom/x',
      'https://grafana．slack．com/archives/C1', 'https://grafana。slack。com/archives/C1', 'https://ｄｏｃｓ.google.com/x',
      'HTTPS://DOCS.GOOGLE.COM/x', 'https://docs.google.com:443/x', 'docs.google.com./x', 'https://slack.com/x',
    ]) expect(isDeniedHost(url, DENIED), url).toBe(true);
  });

  it('unwraps a redirect to an internal host, and names the URL it leads to', () => {
    expect(deniedTarget('https://www.google.com/url?q=https://docs.google.com/document/d/X/edit&sa=D', DENIED)).toBe('https://docs.google.com/document/d/X/edit');
    expect(isDeniedHost('https://www.google.com/url?q=https%3A%2F%2Fdrive.google.com%2Ffile%2Fd%2FX', DENIED)).toBe(true);
    expect(isDeniedHost('https://l.example.com/?u=https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%3A%2F%2Fcalendar.google.com%2Fx', DENIED)).toBe(true);
  });

  it('leaves public hosts alone, a redirect to a public page and look-alike hosts included', () => {
    for (const url of [
      'https://grafana.com/docs/', 'https://www.google.com/url?q=https://grafana.com/blog/', 'https://docs.google.com.evil.example/x',
      'https://notslack.com/x', 'https://google.com/docs', 'https://example.com/?q=docs.google.com',
    ]) expect(isDeniedHost(url, DENIED), url).toBe(false);
    expect(hostOf('https://DOCS.google.com.:443/x')).toBe('docs.google.com');
  });

  it('finds hosts named in running text as written, Unicode dots included', () => {
    expect(deniedUrlsInText('Ask in grafana．slack．com/archives/C1 before the show.', DENIED)).toEqual(['grafana．slack．com/archives/C1']);
    expect(deniedUrlsInText('See DOCS.GOOGLE.COM. Then grafana.com, node.js and e.g. Loki 3.0.', DENIED)).toEqual(['DOCS.GOOGLE.COM']);
    expect(deniedUrlsInText('at https://drive.google.com%2e/file/d/X, or drive%2egoogle%2ecom/y', DENIED)).toEqual(['https://drive.google.com%2e/file/d/X', 'drive%2egoogle%2ecom/y']);
  });
});

describe('a note with internal links in every spelling (tests/fixtures/hostile/episodes/GOH-60.md)', () => {
  const file = 'tests/fixtures/hostile/episodes/GOH-60.md';
  const note = parseNote(readFileSync(file, 'utf8'), file, testParserOptions());

  it('publishes none of them, and keeps the public points', () => {
    expect(note.html).toContain('A public point about Loki');
    expect(note.html).toContain('https://grafana.com/docs/loki/latest/');
    expect(note.html).toContain('Another public point');
    for (const marker of ['REDIRECTDOC', 'ENCODEDREDIRECT', 'TRAILINGDOT', 'ENCODEDDOT', 'FULLWIDTHDOTS', 'IDEOGRAPHICDOTS', 'UPPERCASEHOST', 'WITHPORT', 'google', 'slack']) {
      expect(note.html, marker).not.toMatch(new RegExp(marker, 'i'));
    }
  });

  it('reports each one as an internal link, naming its host as a browser reads it', () => {
    const internal = note.withheld.filter((item) => item.reason === 'internal link');
    expect(internal).toHaveLength(9);
    const problems = note.warnings.map((warning) => warning.problem).join('\n');
    for (const host of ['docs.google.com', 'drive.google.com', 'calendar.google.com', 'grafana.slack.com']) expect(problems).toContain(`(${host})`);
  });
});
