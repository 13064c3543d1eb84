/**
 * A comparison from the dataset's JSON alone: the document's file, the two
 * versions' files and the notes. What the browser's worker runs for a pair no
 * page holds; the same align, diff, view and renderer as the prerendered
 * pages. Pure, free of Node and zod.
 */
import { compareBlocks } from '../compare/align.ts';
import { compareView } from '../compare/compare-view.ts';
import type { Impact } from '../notes/annotation.ts';
import { comparePair, kindOfPair, type ChainVersion, type PairDocument, type PairNote } from './compare-pair.ts';
import { comparePairHtml, type ComparePairHtml, type RenderOptions } from './compare-render.ts';
import type { DocumentFile } from './dataset/document-schema.ts';
import type { NotesFile } from './dataset/notes-schema.ts';
import { versionBlocks } from './dataset/version-blocks.ts';
import type { VersionFile } from './dataset/version-schema.ts';
import { compareStrings } from './i18n/ui/compare.ts';

export function datasetDocument(file: DocumentFile): PairDocument {
  const firstStatus = new Map<string, ChainVersion['firstStatus']>();
  for (const record of file.records) for (const text of record.texts) if (!firstStatus.has(text.versionId)) firstStatus.set(text.versionId, text.status);
  const englishOnly = file.document.versionPagesIn !== undefined && file.document.versionPagesIn.every((l) => l === 'en');
  return {
    service: file.service.id,
    document: file.document.id,
    serviceName: file.service.name,
    documentTitle: file.document.title,
    regions: file.document.regions,
    versions: file.versions.map((v) => {
      const { hidden, anomaly, flicker } = v.flags;
      const status = firstStatus.get(v.id);
      return {
        id: v.id,
        region: v.region,
        firstRecorded: v.firstRecorded,
        ...(v.effectiveDate ? { effectiveDate: v.effectiveDate } : {}),
        ...(hidden ? { hidden } : {}),
        ...(hidden === 'anomaly' ? { anomaly: anomaly ?? 'no-policy-text' } : {}),
        ...(flicker ? { flickerHours: flicker.hours } : {}),
        ...(status ? { firstStatus: status } : {}),
        page: v.page,
        ...(englishOnly ? { englishOnly } : {}),
      };
    }),
  };
}

export function datasetNotes(file: NotesFile): PairNote[] {
  return file.notes.map((note) => ({
    data: { service: note.service, document: note.document, impact: note.impact as Impact },
    anchors: note.anchors,
    title: note.title,
    summary: note.summary,
    page: note.page,
    ...(note.translations ? { translations: note.translations } : {}),
  }));
}

export interface DatasetPair {
  document: DocumentFile;
  before: VersionFile;
  after: VersionFile;
  notes: NotesFile;
}

/** The comparison page's parts for two versions of the dataset, `before` the older. */
export function comparePairFromDataset(input: DatasetPair, options: RenderOptions & { comparePath: (before: ChainVersion, after: ChainVersion) => string }): ComparePairHtml {
  const doc = datasetDocument(input.document);
  const find = (file: VersionFile) => doc.versions.find((v) => v.id === file.version.id)!;
  const before = { ...find(input.before), blocks: versionBlocks(input.before) };
  const after = { ...find(input.after), blocks: versionBlocks(input.after) };
  const comparison = compareBlocks(before.blocks, after.blocks);
  const t = compareStrings[options.locale];
  const view = compareView(before, after, () => comparison, { inserted: t.inserted, deleted: t.deleted });
  const pair = comparePair(doc, find(input.before), find(input.after), view, kindOfPair(before, after, view), datasetNotes(input.notes), {
    compare: options.comparePath,
  });
  return comparePairHtml(pair, options);
}
