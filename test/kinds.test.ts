/**
 * Kinds of change and bridged hidden versions over the real corpus: every
 * label matches what the files show, and no change between two shown
 * versions goes missing when a version between them is hidden.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { changeList, shownVersions } from '../src/lib/compare/bridge.ts';
import { compareView } from '../src/lib/compare/compare-view.ts';
import { loadConfig } from '../src/lib/config.ts';
import type { Corpus, PolicyDocument } from '../src/lib/model/model.ts';
import { ingestCorpus } from '../src/lib/sources/ingest.ts';
import { fileRecordCache } from '../src/lib/sources/record-cache.ts';
import { latestVersion, recordDateTargets } from '../src/lib/publish/views.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
let corpus: Corpus;

beforeAll(() => {
  const config = loadConfig(projectRoot);
  corpus = ingestCorpus({ corpusDir: config.corpusDir, servicesDir: config.servicesDir, cache: fileRecordCache(projectRoot) });
}, 60_000);

const doc = (id: string): PolicyDocument => corpus.services[0]!.documents.find((d) => d.id === id)!;
const kindOf = (document: string, id: string) => doc(document).versions.find((v) => v.id === id)!;

describe('kinds of change on the real corpus', () => {
  it('labels one-link versions link-only, a fixed typo spelling, a hidden e-mail address a capture artefact', () => {
    expect(kindOf('privacy-policy', '2025-05-21')).toMatchObject({ kind: 'link', hidden: 'minor' });
    expect(kindOf('terms-of-service', '2025-05-09')).toMatchObject({ kind: 'link', hidden: 'minor' });
    expect(kindOf('terms-of-service', '2026-01-16')).toMatchObject({ kind: 'spelling', hidden: 'minor' });
    expect(kindOf('terms-of-service', '2025-03-11')).toMatchObject({ kind: 'artefact', hidden: 'minor' });
    expect(kindOf('terms-of-service', '2025-03-11-eu-efta-uk')).toMatchObject({ kind: 'artefact', hidden: 'minor' });
    expect(kindOf('privacy-policy', '2025-06-28')).toMatchObject({ kind: 'substantive', bridgedFrom: '2025-05-09' });
    expect(kindOf('privacy-policy', '2025-06-28').hidden).toBeUndefined();
  });

  it('classes each changed clause of a comparison, and the e-mail restoration is an artefact', () => {
    const terms = doc('terms-of-service');
    const view = compareView(kindOf('terms-of-service', '2025-05-09'), kindOf('terms-of-service', '2025-09-23'));
    expect(view.byKind).toMatchObject({ artefact: 1, substantive: 0 });
    expect(terms.versions.length).toBeGreaterThan(0);
  });
});

describe('hidden versions are bridged', () => {
  it('lists 9 May 2025 → 28 June 2025 for the privacy policy, with the 90 days → 12 months change in it', () => {
    const privacy = doc('privacy-policy');
    const shown = changeList(privacy.versions, 'worldwide').filter((e) => e.shown);
    const bridge = shown.find((e) => e.after.id === '2025-06-28')!;
    expect(bridge.before.id).toBe('2025-05-09');
    expect(bridge.bridged.map((v) => v.id)).toEqual(['2025-05-21']);
    const view = compareView(bridge.before, bridge.after);
    const redlines = view.jump.map((row) => row.redline ?? '').join(' ');
    expect(redlines).toMatch(/<del>.*90 days/);
    expect(redlines).toMatch(/<ins>.*12 months/);
  });

  it('chains the shown changes of every region from the first shown version to the last, none skipped', () => {
    for (const document of corpus.services.flatMap((s) => s.documents)) {
      for (const region of document.regions) {
        const shown = shownVersions(document.versions, region.id);
        const entries = changeList(document.versions, region.id).filter((e) => e.shown).reverse();
        // Each shown version (but the first) is reached from the shown version before it: a connected chain,
        // so every change between two shown versions is in one listed comparison.
        expect(entries.map((e) => [e.before.id, e.after.id])).toEqual(shown.slice(1).map((v, i) => [shown[i]!.id, v.id]));
        expect(entries.every((e) => e.kind === 'substantive')).toBe(true);
      }
    }
  });

  it('folds the 2023 privacy text shown for a day and taken down as a flicker, bridged', () => {
    expect(kindOf('privacy-policy', '2023-08-23')).toMatchObject({ hidden: 'flicker', flicker: { returned: '2023-08-24' } });
    expect(kindOf('privacy-policy', '2023-08-30')).toMatchObject({ bridgedFrom: '2023-05-18', kind: 'substantive' });
  });
});

describe('every recorded date leads to a version', () => {
  it('sends 2022-09-20 to the version seen that day', () => {
    const targets = recordDateTargets(doc('privacy-policy'));
    expect(targets.find((t) => t.date === '2022-09-20')?.version.id).toBe('2022-09-04');
    for (const document of corpus.services.flatMap((s) => s.documents)) {
      const ids = new Set([...document.versions.map((v) => v.id), ...recordDateTargets(document).map((t) => t.date)]);
      for (const record of document.records) expect(ids.has(record.date), `${document.id} ${record.date}`).toBe(true);
      expect(latestVersion(document)?.anomaly).toBeUndefined();
    }
  });
});
