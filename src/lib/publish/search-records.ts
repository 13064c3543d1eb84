/**
 * What the search index holds besides the note pages: one record
 * per distinct clause text of each document and region. A clause unchanged
 * across twelve versions is one result, pointing at the latest version that
 * has it and saying which versions do, so snapshots do not flood the results.
 */
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { Corpus, PolicyDocument, Version } from '../model/model.ts';
import type { Clause, Section } from '../model/segment.ts';
import { spaceCjk } from '../model/cjk.ts';
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
        for (const { versions, latest } of byText.values()) {
          records.push(record(service.name, document, region.label, versions, latest, annotations));
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
  versions: Version[],
  latest: Seen['latest'],
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
      : `In ${versions.length} versions, first recorded ${formatDate(first.firstRecorded)} to ${formatDate(latest.version.firstRecorded)}`;
  return {
    url: clausePath(latest.version, latest.clause.id),
    content: latest.clause.text,
    meta: {
      title: latest.section ? `${name}: ${latest.section.title}` : name,
      versions: span,
      date: latest.version.firstRecorded,
    },
    filters: {
      kind: ['Policy text'],
      service: [serviceName],
      document: [`${serviceName} ${document.title}`],
      version: versions.map((v) => v.id),
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
