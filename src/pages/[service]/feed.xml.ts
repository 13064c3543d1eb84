/** One service's feed of changes, across its documents. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../data/corpus.ts';
import { base, linksIn, localeOf, site } from '../../data/links.ts';
import { timelines } from '../../data/timeline.ts';
import { LANGUAGE_TAG } from '../../lib/publish/i18n/locales.ts';
import { feedStrings } from '../../lib/publish/i18n/ui/feeds.ts';
import type { Service } from '../../lib/model/model.ts';
import { versionPages } from '../../data/version-pages.ts';
import { feedItems } from '../../lib/publish/feed.ts';
import { servicePath } from '../../lib/publish/paths.ts';

export const getStaticPaths = (() => corpus.services.map((service) => ({ params: { service: service.id }, props: { service } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, currentLocale }) => {
  const locale = localeOf(currentLocale);
  const t = feedStrings[locale];
  const service = props.service as Service;
  const keys = new Set(service.documents.map((d) => `${d.service}/${d.id}`));
  return rss({
    title: t.serviceTitle(service.name),
    description: t.serviceDescription(service.name),
    site: linksIn(locale).absolute(servicePath(service)),
    items: feedItems(timelines[locale].filter((e) => e.documents.some((key) => keys.has(key))), { site, base }, locale, versionPages.pageIn),
    customData: `<language>${LANGUAGE_TAG[locale]}</language>`,
  });
};
