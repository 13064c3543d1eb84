/** The timeline, computed once per build for every page and feed that shows it. */
import { buildTimeline } from '../lib/publish/timeline.ts';
import { comparison } from './comparisons.ts';
import { annotations, corpus, stories } from './corpus.ts';
import { withStories } from '../lib/publish/story-events.ts';

export const timeline = withStories(buildTimeline(corpus, annotations, comparison), stories);
