/** The whole site's feed of changes. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { timeline } from '../data/timeline.ts';
import { feedItems } from '../lib/publish/feed.ts';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: 'Termline: changes to the terms',
    description: 'New versions of the policies Termline follows, the dates they take effect, and reported publications.',
    site: site!,
    items: feedItems(timeline, site!.href),
    customData: '<language>en</language>',
  });
