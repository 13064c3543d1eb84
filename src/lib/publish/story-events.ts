/**
 * Stories on the timeline: each story is an event on the day we published
 * it, and every event whose comparison a story explains links to the story.
 */
import { latestDate, parseComparisonRef } from '../notes/stories.ts';
import type { StoryData } from '../notes/story.ts';
import type { TimelineEvent } from './timeline.ts';
import { comparePath, storyPath } from './paths.ts';

export function withStories(events: readonly TimelineEvent[], stories: readonly StoryData[]): TimelineEvent[] {
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
    return { ...event, links: [...event.links, ...covering.map((story) => ({ href: storyPath(story), label: `story: ${story.title}` }))] };
  });
  const told: TimelineEvent[] = stories.map((story) => ({
    id: `story-${story.id}`,
    date: latestDate(story),
    kind: 'story',
    documents: [...new Set(story.comparisons.map((ref) => ref.split('@')[0]!))],
    sentence: `Termline explains: ${story.title}`,
    links: [{ href: storyPath(story), label: 'the story' }],
    minor: false,
    categories: [],
  }));
  return [...linked, ...told].sort((a, b) => a.date.localeCompare(b.date));
}
