import { describe, expect, it } from 'vitest';
import { transcriptsEvidence } from '../../../src/lib/leak-guard/transcript-evidence.ts';

const transcript = (videoId: string, said: string) => ({
  path: `${videoId}.md`,
  text: `# A video (Grafana Office Hours #1)\nPublished on 2025-06-25T04:18:06Z\n## Description\nA stream.\nURL: https://www.youtube.com/watch?v=${videoId}\n## Summary\nA summary.\n## The talk\n${said}\n`,
});

describe('which transcripts the leak guard takes for public text', () => {
  const notes = [
    { publicText: 'Watch it: https://www.youtube.com/watch?v=Pub1ishedAa&t=30' },
    { publicText: 'https://youtu.be/OtherPub2Bb' },
  ];

  it('takes the transcript of a video a note\'s public material names, in any URL form', () => {
    const found = transcriptsEvidence([transcript('Pub1ishedAa', 'How do you pronounce your name?'), transcript('OtherPub2Bb', 'Hello.')], notes);
    expect(found.map((item) => item.episode)).toEqual(['Pub1ishedAa', 'OtherPub2Bb']);
    expect(found[0]!.publicText).toContain('How do you pronounce your name?');
  });

  it('leaves out a transcript of a video no public material names (a draft\'s, or no episode\'s), or one named only inside a longer word', () => {
    const found = transcriptsEvidence([transcript('DraftVideoC', 'Secret plans.')], [
      ...notes,
      { publicText: 'xPub1ishedAax and NotTheDraftVideoC' },
    ]);
    expect(found).toEqual([]);
  });
});
