/** The timeline, computed once per build for every page and feed that shows it. */
import { buildTimeline } from '../lib/publish/timeline.ts';
import { comparison } from './comparisons.ts';
import { annotations, corpus } from './corpus.ts';

export const timeline = buildTimeline(corpus, annotations, comparison);
