/** The whole site's feed of changes. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { timelines } from '../data/timeline.ts';
import { base, linksIn, localeOf, site } from '../data/links.ts';
import { versionPages } from '../data/version-pages.ts';
import { feedItems } from '../lib/publish/feed.ts';
import { LANGUAGE_TAG } from '../lib/publish/i18n/locales.ts';
import { feedStrings } from '../lib/publish/i18n/ui/feeds.ts';
import { homePath } from '../lib/publish/paths.ts';

/** The feed in the locale of its address (src/pages/zh/feed.xml.ts serves this under /zh/). */
export const GET: APIRoute = ({ currentLocale }) => {
  const locale = localeOf(currentLocale);
  const t = feedStrings[locale];
  return rss({
    title: t.siteTitle,
    description: t.siteDescription,
    site: linksIn(locale).absolute(homePath()),
    items: feedItems(timelines[locale], { site, base }, locale, versionPages.pageIn),
    customData: `<language>${LANGUAGE_TAG[locale]}</language>`,
  });
};
