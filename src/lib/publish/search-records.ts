/**
 * What the search index holds besides the note pages: one record per clause
 * of each document and region, across its versions. A clause unchanged
 * across twelve versions is one result, and so is a clause whose wording
 * changed only a little (same clause ID, near-identical words): it points at
 * the latest version, lists the versions that hold it and keeps the words of
 * its earlier wordings searchable, so snapshots do not flood the results.
 */
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { Corpus, PolicyDocument, Version } from '../model/model.ts';
import type { Clause, Section } from '../model/model.ts';
import { spaceCjk } from '../model/cjk.ts';
import { contentWords } from '../compare/tokens.ts';
import { formatDate } from './views.ts';
import { clausePath, reportPath } from './paths.ts';

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

interface Seen {
  versions: Version[];
  /** The clause in the latest version that has this text. */
  latest: { version: Version; clause: Clause; section?: Section };
  /** Earlier wordings folded into this one (near-identical texts of the same clause). */
  wordings?: string[];
}

/** Wordings at least this alike (Dice coefficient of their words) are one clause in the results. */
export const NEAR_IDENTICAL = 0.85;

function dice(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.length + y.length === 0) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Folds the wordings of one clause ID that are near-identical into the newest of them. */
export function foldNearIdentical(seen: readonly Seen[]): Seen[] {
  const byClause = new Map<string, Seen[]>();
  for (const entry of seen) byClause.set(entry.latest.clause.id, [...(byClause.get(entry.latest.clause.id) ?? []), entry]);
  const out: Seen[] = [];
  for (const group of byClause.values()) {
    // Newest first: each wording joins the newest kept one it is near-identical to.
    const ordered = [...group].sort((a, b) => b.latest.version.firstRecorded.localeCompare(a.latest.version.firstRecorded));
    const kept: Seen[] = [];
    for (const entry of ordered) {
      const into = kept.find((k) => dice(k.latest.clause.text, entry.latest.clause.text) >= NEAR_IDENTICAL);
      if (!into) {
        kept.push({ ...entry, versions: [...entry.versions] });
        continue;
      }
      into.versions = [...new Set([...into.versions, ...entry.versions])].sort((a, b) => a.firstRecorded.localeCompare(b.firstRecorded));
      into.wordings = [...(into.wordings ?? []), entry.latest.clause.text];
    }
    out.push(...kept);
  }
  return out;
}

export function clauseRecords(corpus: Corpus, annotations: readonly AnchoredAnnotation[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const service of corpus.services) {
    for (const document of service.documents) {
      for (const region of document.regions) {
        const byText = new Map<string, Seen>();
        for (const version of document.versions.filter((v) => v.region === region.id)) {
          let section: Section | undefined;
          for (const block of version.blocks) {
            if (block.type === 'section') {
              section = block;
              continue;
            }
            const seen = byText.get(block.text);
            if (seen) {
              if (!seen.versions.includes(version)) seen.versions.push(version);
              seen.latest = { version, clause: block, section };
            } else {
              byText.set(block.text, { versions: [version], latest: { version, clause: block, section } });
            }
          }
        }
        for (const seen of foldNearIdentical([...byText.values()])) {
          records.push(record(service.name, document, region.label, seen, annotations));
        }
      }
    }
  }
  return records;
}

function record(
  serviceName: string,
  document: PolicyDocument,
  regionLabel: string,
  { versions, latest, wordings = [] }: Seen,
  annotations: readonly AnchoredAnnotation[],
): SearchRecord {
  const name = `${serviceName} ${document.title}${document.regions.length > 1 ? ` (${regionLabel})` : ''}`;
  const ids = new Set(versions.map((v) => v.id));
  const categories = annotations
    .filter((a) => a.data.service === document.service && a.data.document === document.id)
    .filter((a) => a.anchors.some((anchor) => ids.has(anchor.versionId) && anchor.clauseId === latest.clause.id))
    .flatMap((a) => a.data.categories);
  const first = versions[0]!;
  const span =
    versions.length === 1
      ? `In 1 version, first recorded ${formatDate(first.firstRecorded)}`
      : `In ${versions.length} versions${wordings.length ? ` (${wordings.length + 1} wordings)` : ''}, first recorded ${formatDate(first.firstRecorded)} to ${formatDate(latest.version.firstRecorded)}`;
  return {
    url: clausePath(latest.version, latest.clause.id),
    // Earlier wordings stay searchable; the excerpt shows whichever matched.
    content: [latest.clause.text, ...wordings.map((w) => `Earlier wording: ${w}`)].join(' '),
    meta: {
      title: latest.section ? `${name}: ${latest.section.title}` : name,
      versions: span,
      date: latest.version.firstRecorded,
    },
    filters: {
      kind: ['Policy text'],
      service: [serviceName],
      type: [document.title],
      document: [`${serviceName} ${document.title}`],
      // No filter by version: over the whole collection it lists every version of every record
      // (770,000 entries), and the search page loads every filter with its first query.
      ...(categories.length ? { category: [...new Set(categories)] } : {}),
    },
    sort: { date: latest.version.firstRecorded },
  };
}

/**
 * News reports as records: their text spaced for CJK search (see cjk.ts),
 * with the unspaced opening kept as a description to show in results.
 */
export function reportRecords(corpus: Corpus): SearchRecord[] {
  return corpus.reports.map((report) => {
    const body = report.blocks.map((block) => block.text).join(' ');
    return {
      url: reportPath(report),
      content: spaceCjk(`${report.title} ${body}`),
      meta: {
        title: report.title,
        description: body.length > 140 ? `${body.slice(0, 140)}…` : body,
        date: report.date,
        source: report.source,
      },
      filters: { kind: ['News report'] },
      sort: { date: report.date },
    };
  });
}
