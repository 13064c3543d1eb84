/** One document's feed of changes. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../data/corpus.ts';
import { timeline } from '../../../data/timeline.ts';
import { absolute, base, site } from '../../../data/links.ts';
import { feedItems } from '../../../lib/publish/feed.ts';
import { documentPath } from '../../../lib/publish/paths.ts';
import { eventsFor } from '../../../lib/publish/timeline.ts';
import { allDocuments } from '../../../lib/publish/views.ts';

export const getStaticPaths = (() =>
  allDocuments(corpus).map(({ service, document }) => ({
    params: { service: service.id, document: document.id },
    props: { name: `${service.name} ${document.title}`, document },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  rss({
    title: `Termline: the ${props.name}`,
    description: `New versions of the ${props.name}, the dates they take effect, and reported publications.`,
    site: absolute(documentPath(props.document)),
    items: feedItems(eventsFor(timeline, props.document), { site, base }),
    customData: '<language>en</language>',
  });
