import type { APIRoute } from 'astro';
import { upcomingEpisodes } from '../lib/archive/episodes-query.ts';
import { calendarResponse } from '../lib/feeds/site-feeds.ts';
import { site } from '../lib/archive/site.ts';

export const GET: APIRoute = async () => calendarResponse(`${site.showName}: upcoming episodes`, await upcomingEpisodes());
