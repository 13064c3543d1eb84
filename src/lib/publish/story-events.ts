/**
 * Stories on the timeline: each story is an event on the day we published
 * it, and every event whose comparison a story explains links to the story.
 */
import { latestDate, parseComparisonRef } from '../notes/stories.ts';
import type { StoryData } from '../notes/story.ts';
import type { Phrase, TimelineEvent } from './timeline.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';
import { timelineStrings } from './i18n/ui/timeline.ts';
import { comparePath, storyPath } from './paths.ts';

/** Stories' titles in the page's language (Termline's translations), with the language to mark them in. */
export type StoryTitle = (story: StoryData) => Phrase;

export function withStories(
  events: readonly TimelineEvent[],
  stories: readonly StoryData[],
  locale: Locale = DEFAULT_LOCALE,
  storyTitle: StoryTitle = (story) => ({ text: story.title }),
): TimelineEvent[] {
  const t = timelineStrings[locale];
  const byComparison = new Map<string, StoryData[]>();
  for (const story of stories) {
    for (const ref of story.comparisons) {
      const { service, document, before, after } = parseComparisonRef(ref);
      const href = comparePath({ service, document, id: before }, { id: after });
      byComparison.set(href, [...(byComparison.get(href) ?? []), story]);
    }
  }
  const linked = events.map((event) => {
    const covering = [...new Set(event.links.flatMap((link) => byComparison.get(link.href) ?? []))];
    if (covering.length === 0) return event;
    const links = covering.map((story) => {
      const title = storyTitle(story);
      return { href: storyPath(story), prefix: t.storyPrefix, label: title.text, ...(title.lang ? { lang: title.lang } : {}) };
    });
    return { ...event, links: [...event.links, ...links] };
  });
  const told: TimelineEvent[] = stories.map((story) => {
    const title = storyTitle(story);
    return {
      id: `story-${story.id}`,
      date: latestDate(story),
      kind: 'story',
      documents: [...new Set(story.comparisons.map((ref) => ref.split('@')[0]!))],
      sentence: `${t.explains}${title.text}`,
      parts: [{ text: t.explains }, { ...title, translated: true }],
      links: [{ href: storyPath(story), label: t.theStory }],
      minor: false,
      categories: [],
    };
  });
  return [...linked, ...told].sort((a, b) => a.date.localeCompare(b.date));
}
