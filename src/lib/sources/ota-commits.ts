/**
 * What an Open Terms Archive commit says about its record. The engine names
 * three kinds in the subject (its Git storage, COMMIT_MESSAGE_PREFIXES):
 * the first record of a document, new changes, and a technical or
 * declaration upgrade (the archive re-extracted an existing snapshot with
 * new code or a new declaration: the service changed nothing). Engines
 * before v1 wrote "Start tracking", "Update" and "Refilter".
 */

export type RecordKind = 'first-record' | 'change' | 'technical-upgrade';

const KINDS: readonly { prefix: string; kind: RecordKind }[] = [
  { prefix: 'First record of ', kind: 'first-record' },
  { prefix: 'Start tracking ', kind: 'first-record' },
  { prefix: 'Record new changes of ', kind: 'change' },
  { prefix: 'Update ', kind: 'change' },
  { prefix: 'Apply technical or declaration upgrade on ', kind: 'technical-upgrade' },
  { prefix: 'Refilter ', kind: 'technical-upgrade' },
];

/** The kind a commit subject names, or undefined when it is not one of the engine's. */
export function recordKind(subject: string): RecordKind | undefined {
  return KINDS.find(({ prefix }) => subject.startsWith(prefix))?.kind;
}

/**
 * Whether a record only re-extracts what the archive had already captured.
 * Also reads the older corpus convention of a free-form message that
 * mentions a technical or declaration upgrade.
 */
export function isReextraction(commitMessage: string, kind?: string): boolean {
  if (kind) return kind === 'technical-upgrade';
  return recordKind(commitMessage) === 'technical-upgrade' || /technical or declaration upgrade/i.test(commitMessage);
}

/** The snapshot commit links a record's body names ("extracting from snapshot <url>", or a list of them). */
export function snapshotLinks(body: string): string[] {
  return [...new Set(body.match(/https?:\/\/\S+\/commit\/[0-9a-f]{7,40}\b/g) ?? [])];
}
