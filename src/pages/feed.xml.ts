/** The whole site's feed of changes. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { timeline } from '../data/timeline.ts';
import { absolute, base, site } from '../data/links.ts';
import { feedItems } from '../lib/publish/feed.ts';
import { homePath } from '../lib/publish/paths.ts';

export const GET: APIRoute = () =>
  rss({
    title: 'Termline: changes to the terms',
    description: 'New versions of the policies Termline follows, the dates they take effect, and reported publications.',
    site: absolute(homePath()),
    items: feedItems(timeline, { site, base }),
    customData: '<language>en</language>',
  });
