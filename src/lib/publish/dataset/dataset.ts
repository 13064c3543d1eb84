/**
 * The JSON dataset, for researchers and for the browser's own comparisons:
 * per version its clauses with IDs and provenance, per document its
 * versions and records with their flags, the notes with their anchors, one
 * index, and everything in one file. Pure functions over the model; the
 * site writes their output under /data/.
 */
import { z } from 'zod';
import type { AnchoredAnnotation } from '../../notes/annotations.ts';
import type { Translations } from '../../notes/translated-text.ts';
import type { Corpus, PolicyDocument, Provenance, Service, Version } from '../../model/model.ts';
import type { Clause, Section } from '../../model/model.ts';
import { absoluteUrl, notePath, versionPath, type SiteAddress } from '../paths.ts';
import { sourceUrl } from '../views.ts';
import { bulkFileSchema, type BulkFile } from './bulk-schema.ts';
import { documentFileSchema, type DocumentFile } from './document-schema.ts';
import { DATASET_FORMAT, DATASET_ROOT, SCHEMA_NAMES, schemaPath, type SchemaName } from './format.ts';
import { indexFileSchema, type IndexFile } from './index-schema.ts';
import { notesFileSchema, type NotesFile } from './notes-schema.ts';
import { versionFileSchema, type VersionFile, type VersionSummary } from './version-schema.ts';
import { escapeText } from './version-blocks.ts';

import { bulkDataPath, documentDataPath, documentNotesDataPath, indexDataPath, notesDataPath, versionDataPath } from './data-paths.ts';

export { bulkDataPath, documentDataPath, indexDataPath, notesDataPath, versionDataPath };

function provenance(source: Provenance) {
  const url = sourceUrl(source);
  return { ...source, ...(url ? { sourceUrl: url } : {}) };
}

export function versionSummary(version: Version): VersionSummary {
  return {
    id: version.id,
    region: version.region,
    regionLabel: version.regionLabel,
    ...(version.effectiveDate ? { effectiveDate: version.effectiveDate } : {}),
    firstRecorded: version.firstRecorded,
    lastRecorded: version.lastRecorded,
    recordDates: [...new Set(version.sightings.map((s) => s.recordDate))],
    flags: {
      reextraction: version.reextraction,
      formattingOnly: version.formattingOnly,
      kind: version.kind,
      ...(version.bridgedFrom ? { bridgedFrom: version.bridgedFrom } : {}),
      ...(version.hidden ? { hidden: version.hidden } : {}),
      ...(version.anomaly ? { anomaly: version.anomaly } : {}),
      ...(version.flicker ? { flicker: version.flicker } : {}),
    },
    wordCount: version.wordCount,
    contentHash: version.contentHash,
    url: versionDataPath(version),
    page: versionPath(version),
  };
}

export function versionFile(version: Version): VersionFile {
  return {
    format: DATASET_FORMAT,
    service: version.service,
    document: version.document,
    version: versionSummary(version),
    provenance: provenance(version.source),
    // What a comparison needs beyond the text is written only where it differs from the text: the file stays small.
    sections: version.blocks.flatMap((b, at) =>
      b.type === 'section' ? [{ id: b.id, title: b.title, depth: b.depth, at, ...(b.html !== escapeText(b.title) ? { html: b.html } : {}) }] : [],
    ),
    clauses: version.blocks.flatMap((b, at) =>
      b.type === 'clause'
        ? [
            {
              id: b.id,
              kind: b.kind,
              section: b.section,
              text: b.text,
              at,
              ...(b.marked !== b.text ? { marked: b.marked } : {}),
              ...(b.html !== escapeText(b.text) ? { html: b.html } : {}),
            },
          ]
        : [],
    ),
  };
}

/** `versionPagesIn`: the languages of its version pages when not all of the site's (translated-pages.ts). */
export function documentFile(service: Service, document: PolicyDocument, versionPagesIn?: readonly string[]): DocumentFile {
  return {
    format: DATASET_FORMAT,
    service: { id: service.id, name: service.name },
    document: {
      id: document.id,
      title: document.title,
      ...(document.url ? { url: document.url } : {}),
      regions: document.regions,
      ...(versionPagesIn ? { versionPagesIn: [...versionPagesIn] } : {}),
    },
    tracked: { from: document.records[0]?.date ?? '', to: document.records.at(-1)?.date ?? '' },
    versions: document.versions.map(versionSummary),
    records: document.records.map((record) => ({
      date: record.date,
      provenance: provenance(record.provenance),
      flags: { reextraction: record.reextractionOnly, ...(record.anomaly ? { anomaly: record.anomaly } : {}) },
      texts: record.texts.map(({ versionId, region, status, effectiveDate, effectiveUntil }) => ({
        versionId,
        region,
        status,
        ...(effectiveDate ? { effectiveDate } : {}),
        ...(effectiveUntil ? { effectiveUntil } : {}),
      })),
    })),
  };
}

/** Titles and summaries in each locale that has them, so a comparison computed in the browser names notes as the page does. */
function noteTranslations(translations: Translations, id: string): Record<string, { title: string; summary: string }> | undefined {
  const found = Object.entries(translations).flatMap(([locale, t]) => {
    const note = t?.notes[id];
    return note ? [[locale, { title: note.title, summary: note.summary }] as const] : [];
  });
  return found.length > 0 ? Object.fromEntries(found) : undefined;
}

export function notesFile(annotations: readonly AnchoredAnnotation[], translations: Translations = {}): NotesFile {
  return {
    format: DATASET_FORMAT,
    notes: annotations.map(({ data, anchors, events }) => ({
      id: data.id,
      title: data.title,
      summary: data.summary,
      service: data.service,
      document: data.document,
      ...(data.region ? { region: data.region } : {}),
      selector: {
        type: 'TextQuoteSelector' as const,
        exact: data.anchor.exact,
        ...(data.anchor.prefix ? { prefix: data.anchor.prefix } : {}),
        ...(data.anchor.suffix ? { suffix: data.anchor.suffix } : {}),
      },
      categories: data.categories,
      impact: data.impact,
      questions: data.questions,
      anchors: anchors.map((a) => ({ versionId: a.versionId, clauseId: a.clauseId, text: a.text, start: a.start, end: a.end, exact: a.quality === 1 })),
      events: events.map(({ kind, versionId, region }) => ({ kind, versionId, region })),
      page: notePath({ data }),
      ...(noteTranslations(translations, data.id) ? { translations: noteTranslations(translations, data.id) } : {}),
    })),
  };
}

/** notes.json's notes anchored in one document only, in the same shape (a computed comparison fetches this). */
export function documentNotesFile(annotations: readonly AnchoredAnnotation[], doc: Pick<PolicyDocument, 'service' | 'id'>, translations: Translations = {}): NotesFile {
  return notesFile(
    annotations.filter(({ data }) => data.service === doc.service && data.document === doc.id),
    translations,
  );
}

/** The licences, as the index states them: the archive's texts are ODC-By 1.0 and must credit it. */
export const LICENCES: IndexFile['licences'] = {
  texts: {
    name: 'Open Data Commons Attribution License (ODC-By) 1.0',
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    credit: 'Policy texts as recorded by Open Terms Archive (opentermsarchive.org); each record names its repository and commit.',
  },
  notes: {
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    credit: "Notes, anchors and clause IDs are Termline's own work.",
  },
};

export function indexFile(corpus: Corpus, generated: string): IndexFile {
  return {
    format: DATASET_FORMAT,
    generated,
    licences: LICENCES,
    schemas: Object.fromEntries(SCHEMA_NAMES.map((name) => [name, schemaPath(name)])),
    bulk: bulkDataPath(),
    notes: notesDataPath(),
    services: corpus.services.map((service) => ({
      id: service.id,
      name: service.name,
      documents: service.documents.map((doc) => ({
        id: doc.id,
        title: doc.title,
        versions: doc.versions.length,
        records: doc.records.length,
        lastRecorded: doc.records.at(-1)?.date ?? '',
        url: documentDataPath(doc),
        notes: documentNotesDataPath(doc),
      })),
    })),
  };
}

export function bulkFile(corpus: Corpus, annotations: readonly AnchoredAnnotation[], generated: string, translations: Translations = {}): BulkFile {
  return {
    format: DATASET_FORMAT,
    index: indexFile(corpus, generated),
    documents: corpus.services.flatMap((s) => s.documents.map((d) => documentFile(s, d))),
    versions: corpus.services.flatMap((s) => s.documents.flatMap((d) => d.versions.map(versionFile))),
    notes: notesFile(annotations, translations),
  };
}

/**
 * The bulk file as JSON text in pieces, one document or version at a time:
 * the same text as JSON.stringify(bulkFile(…)), which for the whole
 * collection is past the longest string V8 can make (the build stopped there).
 */
export function* bulkJsonPieces(corpus: Corpus, annotations: readonly AnchoredAnnotation[], generated: string, translations: Translations = {}): Generator<string> {
  yield `{"format":${JSON.stringify(DATASET_FORMAT)},"index":${JSON.stringify(indexFile(corpus, generated))},"documents":[`;
  let first = true;
  for (const service of corpus.services) {
    for (const document of service.documents) {
      yield `${first ? '' : ','}${JSON.stringify(documentFile(service, document))}`;
      first = false;
    }
  }
  yield '],"versions":[';
  first = true;
  for (const service of corpus.services) {
    for (const document of service.documents) {
      for (const version of document.versions) {
        yield `${first ? '' : ','}${JSON.stringify(versionFile(version))}`;
        first = false;
      }
    }
  }
  yield `],"notes":${JSON.stringify(notesFile(annotations, translations))}}`;
}

const SCHEMAS: Record<SchemaName, z.ZodType> = {
  index: indexFileSchema,
  document: documentFileSchema,
  version: versionFileSchema,
  notes: notesFileSchema,
  bulk: bulkFileSchema,
};

/** JSON Schema (draft 2020-12) of each kind of file, generated from the zod schemas the tests check the files against. */
export function jsonSchema(name: SchemaName, address: SiteAddress): Record<string, unknown> {
  return { $id: absoluteUrl(schemaPath(name), address), ...z.toJSONSchema(SCHEMAS[name], { target: 'draft-2020-12' }) };
}

export { SCHEMAS as DATASET_SCHEMAS };
