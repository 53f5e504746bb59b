import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../../src/lib/leak-guard/find-leaks.ts';
import { collectDeniedUrls, collectSecrets } from '../../../src/lib/leak-guard/secrets.ts';
import { readableText } from '../../../src/lib/leak-guard/text.ts';

const checklist = { reason: 'internal section' as const, section: 'Checklist', line: 9, texts: ['Schedule a Slack message on the internal workspace', 'Intro'] };
const secrets = collectSecrets([{ file: 'GOH-26.md', episode: "26", withheld: [checklist], publicText: 'Talking points Intro' }]);

describe('the leak guard', () => {
  it('finds withheld text in a page even when markup and entities split it', () => {
    const html = '<li>Schedule a <em>Slack</em> message on the internal&nbsp;workspace</li>';
    const leaks = findLeaks([{ path: 'episodes/26/index.html', text: readableText(html) }], secrets);
    expect(leaks.map((leak) => [leak.outputFile, leak.secret.file, leak.secret.origin])).toEqual([
      ['episodes/26/index.html', 'GOH-26.md', 'internal section: Checklist'],
    ]);
  });

  it('finds withheld text escaped inside RSS content:encoded and folded in iCalendar', () => {
    const rss = '<content:encoded><![CDATA[<p>Schedule a Slack message on the internal workspace</p>]]></content:encoded>';
    const escapedRss = '<description>&lt;p&gt;Schedule a Slack message on the internal workspace&lt;/p&gt;</description>';
    const ics = 'DESCRIPTION:Schedule a Slack message on the int\r\n ernal workspace\\, later';
    for (const text of [rss, escapedRss, ics]) {
      expect(findLeaks([{ path: 'feed', text: readableText(text) }], secrets)).toHaveLength(1);
    }
  });

  it('ignores withheld texts too short to be recognised, and texts that are also published on purpose', () => {
    expect(secrets.map((secret) => secret.text)).toEqual(['Schedule a Slack message on the internal workspace']);
    const alsoPublic = collectSecrets([{ file: 'a.md', episode: "1", withheld: [checklist], publicText: 'We will schedule a Slack message on the internal workspace' }]);
    expect(alsoPublic).toEqual([]);
  });

  it('passes output that holds no withheld text', () => {
    expect(findLeaks([{ path: 'index.html', text: readableText('<p>Schedule a Slack call</p>') }], secrets)).toEqual([]);
  });

  it('treats any mention of a deny-listed link host as a leak', () => {
    const denied = collectDeniedUrls(
      [{ file: 'a.md', episode: "1", text: 'See [doc](https://docs.google.com/document/d/abc/edit) and https://grafana.com' }],
      (url) => url.includes('docs.google.com'),
    );
    expect(denied.map((secret) => secret.text)).toEqual(['https://docs.google.com/document/d/abc/edit']);
    expect(findLeaks([{ path: 'index.html', text: readableText('<a href="https://docs.google.com/x">x</a>') }], denied)).toHaveLength(1);
    expect(findLeaks([{ path: 'index.html', text: readableText('<a href="https://grafana.com/docs">Google docs</a>') }], denied)).toEqual([]);
    expect(findLeaks([{ path: 'rss.xml', text: readableText('link: https://docs.google.com/x') }], denied)).toHaveLength(1);
  });
});
