/**
 * What splitting and clause IDs do on a whole corpus: per document, how many
 * records were split into several texts and on which marker, and how stable
 * clause IDs are between consecutive versions. For reading a collection the
 * code has never seen (`npm run corpus-report`).
 */
import type { Clause } from './model.ts';
import type { Corpus, Version } from './model.ts';

export interface DocumentSplits {
  document: string;
  records: number;
  /** Records that hold more than one text. */
  split: number;
  /** How many texts each marker split off. */
  markers: Record<string, number>;
  /** Records with a part kept apart as a supplement (not policy text). */
  supplements: number;
}

export interface IdSurvival {
  /** Clauses whose exact text is in both of two consecutive versions. */
  unchanged: number;
  /** Of those, how many kept their ID. */
  kept: number;
  /** Clause IDs of a version, and how many of them the next version still has. */
  ids: number;
  idsKept: number;
}

export function splitReport(corpus: Corpus): DocumentSplits[] {
  return corpus.services.flatMap((service) =>
    service.documents.map((doc) => {
      const markers: Record<string, number> = {};
      let split = 0;
      for (const record of doc.records) {
        if (record.texts.length > 1) split += 1;
        for (const text of record.texts) if (text.marker) markers[text.marker] = (markers[text.marker] ?? 0) + 1;
      }
      return {
        document: `${service.id}/${doc.id}`,
        records: doc.records.length,
        split,
        markers,
        supplements: doc.records.filter((r) => r.supplements.length > 0).length,
      };
    }),
  );
}

const clausesOf = (version: Version) => version.blocks.filter((b): b is Clause => b.type === 'clause');

/** ID stability between each version and the next one of the same region. */
export function idSurvival(corpus: Corpus): IdSurvival & { byDocument: (IdSurvival & { document: string })[] } {
  const total: IdSurvival = { unchanged: 0, kept: 0, ids: 0, idsKept: 0 };
  const byDocument: (IdSurvival & { document: string })[] = [];
  for (const service of corpus.services) {
    for (const doc of service.documents) {
      const counts: IdSurvival = { unchanged: 0, kept: 0, ids: 0, idsKept: 0 };
      const previous = new Map<string, Version>();
      for (const version of doc.versions) {
        const before = previous.get(version.region);
        previous.set(version.region, version);
        if (!before) continue;
        const now = clausesOf(version);
        const idsNow = new Set(now.map((c) => c.id));
        const idsByText = new Map<string, Set<string>>();
        for (const clause of now) idsByText.set(clause.text, (idsByText.get(clause.text) ?? new Set()).add(clause.id));
        for (const clause of clausesOf(before)) {
          counts.ids += 1;
          if (idsNow.has(clause.id)) counts.idsKept += 1;
          const same = idsByText.get(clause.text);
          if (!same) continue;
          counts.unchanged += 1;
          if (same.has(clause.id)) counts.kept += 1;
        }
      }
      byDocument.push({ document: `${service.id}/${doc.id}`, ...counts });
      for (const key of Object.keys(total) as (keyof IdSurvival)[]) total[key] += counts[key];
    }
  }
  return { ...total, byDocument };
}
