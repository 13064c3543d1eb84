/**
 * Versions and dates our notes name: a flicker a note names is history, not
 * noise, and stays visible (see compare/bridge.ts). A note names a version in
 * its declared history, in a pinned clause reference (`…#clause@<version>`) or
 * a MiniCompare's `from`/`to`; it names a date in a milestone.
 */
import type { AnnotationData } from './annotation.ts';

const VERSION_IN_BODY = /(?:@|\b(?:from|to)=["'])(\d{4}-\d{2}-\d{2}(?:-[a-z0-9-]+)?)/g;

export interface NamedByNotes {
  /** `service/document/version`. */
  versions: Set<string>;
  /** `service/document/YYYY-MM-DD`. */
  dates: Set<string>;
}

export function namedByNotes(notes: readonly { data: AnnotationData; source: string }[]): NamedByNotes {
  const versions = new Set<string>();
  const dates = new Set<string>();
  for (const { data, source } of notes) {
    const prefix = `${data.service}/${data.document}/`;
    const history = data.history;
    const ids = [
      history?.appears,
      history?.vanishes,
      ...(history?.changes ?? []),
      ...(history?.returns ?? []),
      ...[...source.matchAll(VERSION_IN_BODY)].map((m) => m[1]),
    ];
    for (const id of ids) if (id) versions.add(`${prefix}${id}`);
    for (const milestone of data.milestones) dates.add(`${prefix}${milestone.date}`);
  }
  return { versions, dates };
}
