import type { APIRoute } from 'astro';
import { upcomingEpisodes } from '../lib/episodes-query.ts';
import { calendarResponse } from '../lib/site-feeds.ts';
import { site } from '../lib/site.ts';

export const GET: APIRoute = async () => calendarResponse(`${site.showName}: upcoming episodes`, await upcomingEpisodes());
