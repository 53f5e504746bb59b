import { describe, expect, it } from 'vitest';
import { episodeJsonLd, type EpisodeFacts } from '../../../src/lib/seo/json-ld.ts';

const episode: EpisodeFacts = {
  number: 26, title: 'Profiling', description: 'GOH #26', startsAt: '2024-01-19T13:00:00.000Z', videoId: 'pzNRvMQzrJ0', status: 'published',
  guests: ['Ryan Perry', 'New Guest'], hosts: ['Nicole van der Hoeven'], chapters: [{ start: 0, title: 'Intro' }, { start: 754, title: 'Flame graphs' }],
};
const urls = {
  page: 'https://example.org/episodes/26/', poster: 'https://example.org/posters/x.jpg',
  guest: (name: string) => (name === 'Ryan Perry' ? 'https://example.org/guests/ryan-perry/' : undefined),
};

describe('structured data of an episode', () => {
  it('gives each chapter a clip whose url is the episode page at ?t=<seconds>', () => {
    const video = episodeJsonLd(episode, urls, { durationMinutes: 60 })!;
    expect(video.hasPart).toEqual([
      { '@type': 'Clip', name: 'Intro', startOffset: 0, endOffset: 754, url: 'https://example.org/episodes/26/?t=0' },
      { '@type': 'Clip', name: 'Flame graphs', startOffset: 754, url: 'https://example.org/episodes/26/?t=754' },
    ]);
  });

  it('names guests and hosts as people, linking only guests that have a page', () => {
    expect(episodeJsonLd(episode, urls, { durationMinutes: 60 })!.actor).toEqual([
      { '@type': 'Person', name: 'Ryan Perry', url: 'https://example.org/guests/ryan-perry/' },
      { '@type': 'Person', name: 'New Guest' },
      { '@type': 'Person', name: 'Nicole van der Hoeven' },
    ]);
  });

  it('gives a guest the organisation the note names beside them as their affiliation', () => {
    const withOrg = { ...episode, guestAffiliations: { 'New Guest': { name: 'AtomicJar', url: 'https://www.atomicjar.com/' } } };
    expect(episodeJsonLd(withOrg, urls, { durationMinutes: 60 })!.actor).toContainEqual(
      { '@type': 'Person', name: 'New Guest', affiliation: { '@type': 'Organization', name: 'AtomicJar', url: 'https://www.atomicjar.com/' } });
  });

  it('makes an upcoming episode a broadcast event from its start for the show\'s duration, with no upload date or clips', () => {
    const event = episodeJsonLd({ ...episode, status: 'upcoming', startsAt: '2099-01-09T13:00:00.000Z', chapters: [] }, urls, { durationMinutes: 90 })!;
    expect(event).toMatchObject({ '@type': 'BroadcastEvent', isLiveBroadcast: true, startDate: '2099-01-09T13:00:00.000Z', endDate: '2099-01-09T14:30:00.000Z' });
    expect(event).not.toHaveProperty('uploadDate');
    expect(event).not.toHaveProperty('hasPart');
  });

  it('has nothing to say about an episode without a video', () => {
    expect(episodeJsonLd({ ...episode, videoId: null }, urls, { durationMinutes: 60 })).toBeUndefined();
  });
});
