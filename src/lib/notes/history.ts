/**
 * History a note states in its front matter (`history:`), checked against
 * where its quoted words actually appear, change and vanish. Prose that
 * relies on a date of the text's history declares it here, so that a note
 * cannot misstate history without the build saying so.
 */
import type { DeclaredHistory } from './annotation.ts';
import type { AnchorEvent } from './anchor.ts';

export type HistoryKey = keyof DeclaredHistory;

/** What each key means, for messages. */
const MEANING: Record<HistoryKey, string> = {
  appears: 'the first version whose text holds the quoted words',
  changes: 'the versions in which the words or their clause were reworded',
  vanishes: 'the first version without the words',
  returns: 'the versions in which the words came back',
};

/** The history the anchoring data gives, in the declared form, for one region's events. */
export function computedHistory(events: readonly AnchorEvent[]): Required<DeclaredHistory> {
  const of = (...kinds: AnchorEvent['kind'][]) => events.filter((e) => kinds.includes(e.kind)).map((e) => e.versionId);
  return {
    appears: of('appears')[0] ?? '',
    changes: of('changes', 'context-changes'),
    vanishes: of('vanishes')[0] ?? '',
    returns: of('returns'),
  };
}

export interface HistoryDisagreement {
  key: HistoryKey;
  stated: string;
  computed: string;
  meaning: string;
}

/** Every declared key whose value differs from the data; empty when they agree. */
export function compareHistory(declared: DeclaredHistory, events: readonly AnchorEvent[]): HistoryDisagreement[] {
  const computed = computedHistory(events);
  const show = (value: string | string[]) => (Array.isArray(value) ? (value.length ? value.join(', ') : '(none)') : value || '(none)');
  const out: HistoryDisagreement[] = [];
  for (const key of Object.keys(declared) as HistoryKey[]) {
    const stated = declared[key];
    if (stated === undefined) continue;
    if (show(stated) !== show(computed[key])) out.push({ key, stated: show(stated), computed: show(computed[key]), meaning: MEANING[key] });
  }
  return out;
}
