/** The pair page's facts from the ingested model, at build time (the browser reads them from the dataset: compare-pair-dataset.ts). */
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { PolicyDocument, Service, Version } from '../model/model.ts';
import type { Translations } from '../notes/translated-text.ts';
import type { ChainVersion, PairDocument, PairNote } from './compare-pair.ts';
import { notePath, versionPath } from './paths.ts';

/** `englishOnly`: the version's page is in English only (translated-pages.ts). */
export function chainVersion(version: Version, englishOnly = false): ChainVersion {
  return {
    id: version.id,
    region: version.region,
    firstRecorded: version.firstRecorded,
    ...(version.effectiveDate ? { effectiveDate: version.effectiveDate } : {}),
    ...(version.hidden ? { hidden: version.hidden } : {}),
    ...(version.hidden === 'anomaly' ? { anomaly: version.anomaly ?? 'no-policy-text' } : {}),
    ...(version.flicker ? { flickerHours: version.flicker.hours } : {}),
    ...(version.sightings[0] ? { firstStatus: version.sightings[0].status } : {}),
    page: versionPath(version),
    ...(englishOnly ? { englishOnly } : {}),
  };
}

/** `englishOnly`: its version pages are in English only (translated-pages.ts), as the dataset's document file says. */
export function pairDocument(service: Service, document: PolicyDocument, englishOnly = false): PairDocument {
  return {
    service: service.id,
    document: document.id,
    serviceName: service.name,
    documentTitle: document.title,
    regions: document.regions,
    versions: document.versions.map((v) => chainVersion(v, englishOnly)),
  };
}

/** Every note, with the titles and summaries its translations give (as the dataset's notes.json carries them). */
export function pairNotes(annotations: readonly AnchoredAnnotation[], translations: Translations = {}): PairNote[] {
  return annotations.map((annotation) => {
    const translated = Object.entries(translations).flatMap(([locale, t]) => {
      const words = t?.notes[annotation.data.id];
      return words ? [[locale, { title: words.title, summary: words.summary }] as const] : [];
    });
    return {
    data: annotation.data,
    anchors: annotation.anchors,
    title: annotation.data.title,
    summary: annotation.data.summary,
    page: notePath(annotation),
      ...(translated.length > 0 ? { translations: Object.fromEntries(translated) } : {}),
    };
  });
}
