/** Feed items: the timeline's changes, newest first, as @astrojs/rss items, in the timeline's language. */
import type { TimelineEvent } from './timeline.ts';
import { absoluteUrl, localized, timelinePath, type SiteAddress } from './paths.ts';
import { formatDateIn, formatNumberIn } from './i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';
import { feedStrings } from './i18n/ui/feeds.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** What a reader subscribes to: new texts, effective dates, reported publications and our stories (not re-extractions). */
export function feedItems(
  events: readonly TimelineEvent[],
  address: SiteAddress,
  locale: Locale = DEFAULT_LOCALE,
  /** A page's route in `locale`: `localized`, unless the page is English only (translated-pages.ts). */
  pageIn: (route: string, locale: Locale) => string = localized,
): FeedItem[] {
  const t = feedStrings[locale];
  const url = (route: string) => absoluteUrl(pageIn(route, locale), address);
  return events
    .filter((e) => !e.minor && (e.kind === 'recorded' || e.kind === 'effective' || e.kind === 'published' || e.kind === 'story'))
    .map((e) => {
      const main = e.links[0];
      const change = e.change ? t.words(formatNumberIn(locale, e.change.added), formatNumberIn(locale, e.change.removed)) : '';
      return {
        title: t.itemTitle(formatDateIn(locale, e.date), e.sentence),
        link: url(main?.href ?? timelinePath()),
        pubDate: new Date(`${e.date}T00:00:00Z`),
        description: `${e.sentence}${change}${t.seeAlso}${e.links.map((l) => url(l.href)).join(' ')}`,
      };
    })
    .reverse();
}
