/** Feed items: the timeline's changes, newest first, as @astrojs/rss items. */
import type { TimelineEvent } from './timeline.ts';
import { absoluteUrl, timelinePath, type SiteAddress } from './paths.ts';
import { formatDate } from './views.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** What a reader subscribes to: new texts, effective dates, reported publications and our stories (not re-extractions). */
export function feedItems(events: readonly TimelineEvent[], address: SiteAddress): FeedItem[] {
  return events
    .filter((e) => !e.minor && (e.kind === 'recorded' || e.kind === 'effective' || e.kind === 'published' || e.kind === 'story'))
    .map((e) => {
      const main = e.links[0];
      const change = e.change ? ` ${e.change.added} words inserted, ${e.change.removed} deleted.` : '';
      return {
        title: `${formatDate(e.date)}: ${e.sentence}`,
        link: absoluteUrl(main?.href ?? timelinePath(), address),
        pubDate: new Date(`${e.date}T00:00:00Z`),
        description: `${e.sentence}${change} See also: ${e.links.map((l) => absoluteUrl(l.href, address)).join(' ')}`,
      };
    })
    .reverse();
}
