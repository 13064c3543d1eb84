/** One document's feed of changes. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../data/corpus.ts';
import { timeline } from '../../../data/timeline.ts';
import { feedItems } from '../../../lib/publish/feed.ts';
import { eventsFor } from '../../../lib/publish/timeline.ts';
import { allDocuments } from '../../../lib/publish/views.ts';

export const getStaticPaths = (() =>
  allDocuments(corpus).map(({ service, document }) => ({
    params: { service: service.id, document: document.id },
    props: { name: `${service.name} ${document.title}`, document },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) =>
  rss({
    title: `Termline: the ${props.name}`,
    description: `New versions of the ${props.name}, the dates they take effect, and reported publications.`,
    site: site!,
    items: feedItems(eventsFor(timeline, props.document), site!.href),
    customData: '<language>en</language>',
  });
