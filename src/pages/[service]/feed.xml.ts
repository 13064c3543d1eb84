/** One service's feed of changes, across its documents. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../data/corpus.ts';
import { absolute, base, site } from '../../data/links.ts';
import { timeline } from '../../data/timeline.ts';
import type { Service } from '../../lib/model/model.ts';
import { feedItems } from '../../lib/publish/feed.ts';
import { servicePath } from '../../lib/publish/paths.ts';

export const getStaticPaths = (() => corpus.services.map((service) => ({ params: { service: service.id }, props: { service } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const service = props.service as Service;
  const keys = new Set(service.documents.map((d) => `${d.service}/${d.id}`));
  return rss({
    title: `Termline: ${service.name}`,
    description: `New versions of the terms of ${service.name}, and the dates they take effect.`,
    site: absolute(servicePath(service)),
    items: feedItems(timeline.filter((e) => e.documents.some((key) => keys.has(key))), { site, base }),
    customData: '<language>en</language>',
  });
};
