// README, leak guard: a short withheld text is a leak only when it is distinctive: "two words or more, one
// of them in no public text and not common English, so "Intro" or an "After the show" heading never fails a build".
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../../src/lib/leak-guard/find-leaks.ts';
import { collectSecrets } from '../../../src/lib/leak-guard/secrets.ts';
import { markupText } from '../../../src/lib/leak-guard/text.ts';

const withheld = (texts: string[]) => [{ file: 'GOH-26.md', episode: '26', publicText: 'Talking points', withheld: [{ reason: 'internal section' as const, section: 'Checklist', line: 9, texts }] }];

describe('a short withheld text made only of common English words', () => {
  it('is no secret: "Thank the guest" or "Check the calendar" in a page fails nothing', () => {
    const secrets = collectSecrets(withheld(['Thank the guest', 'Check the calendar']));
    expect(secrets).toEqual([]);
    expect(findLeaks([{ path: 'out', text: markupText('<p>Thank the guest. Check the calendar.</p>') }], secrets)).toEqual([]);
  });

  it('is still a secret when one of its words is uncommon and in no public text', () => {
    const secrets = collectSecrets(withheld(['Thank Nightingale']));
    expect(secrets.map((secret) => secret.text)).toEqual(['Thank Nightingale']);
  });
});

describe('"Section names are never secret"', () => {
  it('calls no leak a heading of the template\'s internal sections, even one with an uncommon word', () => {
    const input = [{ file: 'GOH-26.md', episode: '26', publicText: 'Talking points', withheld: [{ reason: 'internal section' as const, section: 'Pre-show prep', line: 9, texts: ['Pre-show prep', 'Book the Nightingale studio'] }] }];
    const secrets = collectSecrets(input);
    expect(secrets.map((secret) => secret.text)).toEqual(['Book the Nightingale studio']);
    expect(findLeaks([{ path: 'out', text: markupText('<h2>Pre-show prep</h2>') }], secrets)).toEqual([]);
  });
});
