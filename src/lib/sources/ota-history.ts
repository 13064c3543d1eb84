/**
 * Follows each document of an Open Terms Archive collection through its
 * history: which archive paths it lived at (a service or a document is
 * sometimes renamed: Twitter became X), which records it has, and the names
 * and slugs it goes by today. Pure: it reads the commit list only.
 */
import type { OtaCommit } from './ota-git.ts';
import { recordKind, snapshotLinks, type RecordKind } from './ota-commits.ts';

/** One file an archive commit wrote: one record of one document. */
export interface ArchiveRecord {
  commit: string;
  /** Record time, ISO 8601 in UTC (`2024-10-17T00:36:53Z`). */
  recordedAt: string;
  subject: string;
  kind: RecordKind | undefined;
  snapshots: string[];
  archivePath: string;
  blob: string;
}

/** A document followed through renames. */
export interface DocumentLine {
  service: string;
  document: string;
  /** The archive's own names, as of its latest path. */
  serviceName: string;
  documentName: string;
  /** Every service folder the document lived in, oldest first. */
  folders: string[];
  /** Every path it lived at, oldest first. */
  archivePaths: string[];
  /** Oldest first (by record time, then history order). */
  records: ArchiveRecord[];
}

/** `<Service>/<Document type>.md`, one folder deep: what the archive tracks. */
const DOCUMENT_PATH = /^([^/]+)\/([^/]+)\.md$/;
/** Folder names ingest (news/) and the site (its top-level pages) keep for themselves. */
const RESERVED_SLUGS = new Set(['news', 'notes', 'timeline', 'search', 'compare', 'cards', 'embed', 'oembed', 'og', 'services', 'documents', 'data', 'stories', 'zh']);
/** Git's ID of an empty file: empty captures look alike and prove no continuation. */
const EMPTY_BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';

/** "Terms of Service" -> "terms-of-service"; "TikTok" -> "tiktok"; "Privacy Policy #2" -> "privacy-policy-2". */
export function archiveSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Ingest's folder names are ASCII; a name in another script keeps a readable hex form.
  const ascii = /^[a-z0-9-]+$/.test(slug) ? slug : [...slug].map((c) => (/[a-z0-9-]/.test(c) ? c : c.codePointAt(0)!.toString(16))).join('');
  return ascii || 'untitled';
}

function toUtc(date: string): string {
  return new Date(date).toISOString().replace(/\.000Z$/, 'Z');
}

function folderOf(path: string): string {
  return DOCUMENT_PATH.exec(path)![1]!;
}

function nameOf(path: string): string {
  return DOCUMENT_PATH.exec(path)![2]!;
}

/**
 * Groups the collection's records into documents, following renames: a git
 * rename, or a new path whose first text is exactly the last text of a path
 * that stopped being recorded before it, in the same folder or under the
 * same document name (the archive moved Twitter's files to X that way).
 */
export function traceDocuments(commits: readonly OtaCommit[]): DocumentLine[] {
  const byPath = new Map<string, ArchiveRecord[]>();
  const successor = new Map<string, string>();
  const predecessor = new Map<string, string>();
  const link = (from: string, to: string) => {
    if (from === to || successor.has(from) || predecessor.has(to)) return;
    successor.set(from, to);
    predecessor.set(to, from);
  };
  for (const commit of commits) {
    const kind = recordKind(commit.subject);
    const snapshots = snapshotLinks(commit.body);
    for (const change of commit.changes) {
      if (!'AMRCT'.includes(change.status) || !DOCUMENT_PATH.test(change.path)) continue;
      if (change.status === 'R' && change.fromPath && DOCUMENT_PATH.test(change.fromPath)) link(change.fromPath, change.path);
      const records = byPath.get(change.path) ?? [];
      records.push({
        commit: commit.id,
        recordedAt: toUtc(commit.date),
        subject: commit.subject,
        kind,
        snapshots,
        archivePath: change.path,
        blob: change.blob,
      });
      byPath.set(change.path, records);
    }
  }
  const first = (path: string) => byPath.get(path)![0]!;
  const last = (path: string) => byPath.get(path)!.at(-1)!;
  const time = (record: ArchiveRecord) => record.recordedAt;

  // Continuations by content, oldest new path first, so chains form in order.
  const paths = [...byPath.keys()].sort((a, b) => time(first(a)).localeCompare(time(first(b))) || a.localeCompare(b));
  for (const path of paths) {
    if (predecessor.has(path)) continue;
    const opening = first(path);
    if (opening.blob === EMPTY_BLOB) continue;
    const candidates = paths.filter(
      (other) =>
        other !== path &&
        !successor.has(other) &&
        last(other).blob === opening.blob &&
        time(last(other)) <= time(opening) &&
        (folderOf(other) === folderOf(path) || nameOf(other) === nameOf(path)),
    );
    // The most recently recorded one is the one that moved.
    const moved = candidates.sort((a, b) => time(last(b)).localeCompare(time(last(a))))[0];
    if (moved) link(moved, path);
  }

  // A folder whose documents moved to another folder is that service renamed.
  const folderRename = new Map<string, string>();
  for (const [from, to] of successor) if (folderOf(from) !== folderOf(to)) folderRename.set(folderOf(from), folderOf(to));
  const currentFolder = (folder: string): string => {
    const seen = new Set<string>();
    let current = folder;
    while (folderRename.has(current) && !seen.has(current)) {
      seen.add(current);
      current = folderRename.get(current)!;
    }
    return current;
  };

  const lines: DocumentLine[] = [];
  for (const root of paths) {
    if (predecessor.has(root)) continue;
    const chain = [root];
    while (successor.has(chain.at(-1)!)) chain.push(successor.get(chain.at(-1)!)!);
    const latest = chain.at(-1)!;
    const serviceName = currentFolder(folderOf(latest));
    const records = chain
      .flatMap((path) => byPath.get(path)!)
      .map((record, order) => ({ record, order }))
      .sort((a, b) => time(a.record).localeCompare(time(b.record)) || a.order - b.order)
      .map(({ record }) => record);
    lines.push({
      service: '',
      document: '',
      serviceName,
      documentName: nameOf(latest),
      folders: [...new Set([...chain.map(folderOf), serviceName])],
      archivePaths: chain,
      records,
    });
  }
  assignSlugs(lines);
  return lines.sort((a, b) => a.service.localeCompare(b.service) || a.document.localeCompare(b.document));
}

/** Slugs from the archive's names; a clash (two names, one slug) numbers the later-tracked one. */
function assignSlugs(lines: DocumentLine[]): void {
  const serviceSlugs = new Map<string, string>();
  const takenServices = new Set<string>();
  const servicesInOrder = [...new Set([...lines].sort((a, b) => a.records[0]!.recordedAt.localeCompare(b.records[0]!.recordedAt)).map((l) => l.serviceName))];
  for (const name of servicesInOrder) {
    let slug = archiveSlug(name);
    if (RESERVED_SLUGS.has(slug)) slug = `${slug}-service`;
    const base = slug;
    for (let n = 2; takenServices.has(slug); n += 1) slug = `${base}-${n}`;
    takenServices.add(slug);
    serviceSlugs.set(name, slug);
  }
  const takenDocuments = new Set<string>();
  for (const line of [...lines].sort((a, b) => a.records[0]!.recordedAt.localeCompare(b.records[0]!.recordedAt) || a.documentName.localeCompare(b.documentName))) {
    line.service = serviceSlugs.get(line.serviceName)!;
    const base = archiveSlug(line.documentName);
    let slug = base;
    for (let n = 2; takenDocuments.has(`${line.service}/${slug}`); n += 1) slug = `${base}-${n}`;
    takenDocuments.add(`${line.service}/${slug}`);
    line.document = slug;
  }
}
