/** One document's feed of changes. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../data/corpus.ts';
import { timelines } from '../../../data/timeline.ts';
import { base, linksIn, localeOf, site } from '../../../data/links.ts';
import { documentNameIn } from '../../../lib/publish/i18n/labels.ts';
import { LANGUAGE_TAG } from '../../../lib/publish/i18n/locales.ts';
import { feedStrings } from '../../../lib/publish/i18n/ui/feeds.ts';
import { versionPages } from '../../../data/version-pages.ts';
import { feedItems } from '../../../lib/publish/feed.ts';
import { documentPath } from '../../../lib/publish/paths.ts';
import { eventsFor } from '../../../lib/publish/timeline.ts';
import { allDocuments } from '../../../lib/publish/views.ts';

export const getStaticPaths = (() =>
  allDocuments(corpus).map(({ service, document }) => ({
    params: { service: service.id, document: document.id },
    props: { service, document },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, currentLocale }) => {
  const locale = localeOf(currentLocale);
  const t = feedStrings[locale];
  const name = documentNameIn(locale, props.service, props.document);
  return rss({
    title: t.documentTitle(name),
    description: t.documentDescription(name),
    site: linksIn(locale).absolute(documentPath(props.document)),
    items: feedItems(eventsFor(timelines[locale], props.document), { site, base }, locale, versionPages.pageIn),
    customData: `<language>${LANGUAGE_TAG[locale]}</language>`,
  });
};
