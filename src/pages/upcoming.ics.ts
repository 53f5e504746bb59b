import type { APIRoute } from 'astro';
import { upcomingEpisodes } from '../lib/archive/episodes-query.ts';
import { calendarResponse } from '../lib/feeds/site-feeds.ts';
import { site } from '../lib/archive/site.ts';
import { siteStrings as t } from '../lib/archive/language.ts';

export const GET: APIRoute = async () => calendarResponse(t.upcomingCalendar(site.showName), await upcomingEpisodes());
