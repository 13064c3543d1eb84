import { describe, expect, it } from 'vitest';
import { acmePrivacy } from '../../../test/fixtures/corpus.ts';
import { parseMarkdown } from './markdown.ts';
import type { Provenance } from './model.ts';
import { segmentText } from './segment.ts';
import { splitRecord } from './split.ts';
import { buildVersions, countWords, type TextSighting } from './versions.ts';

const provenance = (date: string): Provenance => ({
  path: `acme/privacy/${date}.md`,
  sourceRepo: 'github.com/example/archive',
  sourceCommit: 'a'.repeat(40),
  sourcePath: 'acme/privacy.md',
  sha256: 'f'.repeat(64),
  recordedAt: `${date}T00:00:00Z`,
  commitMessage: 'Record',
});

function sighting(date: string, source: string, reextraction = false): TextSighting {
  const text = splitRecord(parseMarkdown(source)).texts[0]!;
  return {
    recordDate: date,
    provenance: provenance(date),
    reextraction,
    region: text.region,
    regionLabel: text.regionLabel,
    effectiveDate: text.effectiveDate,
    line: text.line,
    endLine: text.endLine,
    blocks: segmentText(text.blocks),
  };
}

describe('buildVersions', () => {
  it('folds identical texts into one version, even when seen again after another', () => {
    const a = acmePrivacy();
    const b = acmePrivacy({ retention: 'We hold order records for as long as we need them.' });
    const { versions, versionOf } = buildVersions('acme', 'privacy', [sighting('2024-03-02', a), sighting('2024-04-02', b), sighting('2024-05-02', a)], ['worldwide']);
    expect(versions.map((v) => v.id)).toEqual(['2024-03-02', '2024-04-02']);
    expect(versionOf).toEqual(['2024-03-02', '2024-04-02', '2024-03-02']);
    expect(versions[0]!.sightings.map((s) => s.recordDate)).toEqual(['2024-03-02', '2024-05-02']);
    expect(versions[0]!.lastRecorded).toBe('2024-05-02');
  });

  it('flags a version that differs only in formatting, and one first seen in a re-extraction', () => {
    const a = acmePrivacy();
    const reformatted = a.replace('Couriers receive', '*Couriers* receive');
    const { versions } = buildVersions('acme', 'privacy', [sighting('2024-03-02', a), sighting('2024-04-02', reformatted, true)], ['worldwide']);
    expect(versions.map((v) => [v.formattingOnly, v.reextraction])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('keeps texts apart when only the stated effective date differs', () => {
    const { versions } = buildVersions(
      'acme',
      'privacy',
      [sighting('2024-03-02', acmePrivacy()), sighting('2024-04-02', acmePrivacy({ effective: 'April 1, 2024' }))],
      ['worldwide'],
    );
    expect(versions.map((v) => v.effectiveDate)).toEqual(['2024-03-01', '2024-04-01']);
    expect(versions[1]!.formattingOnly).toBe(false);
  });

  it('gives the plain ID to the newest-effective of two texts first seen in one record', () => {
    const { versions } = buildVersions(
      'acme',
      'privacy',
      [sighting('2024-03-02', acmePrivacy({ effective: 'April 1, 2024', retention: 'New rule.' })), sighting('2024-03-02', acmePrivacy())],
      ['worldwide'],
    );
    expect(versions.map((v) => v.id).sort()).toEqual(['2024-03-02', '2024-03-02-effective-2024-03-01']);
    expect(versions.find((v) => v.id === '2024-03-02')!.effectiveDate).toBe('2024-04-01');
  });
});

describe('countWords', () => {
  it('counts words, and CJK characters one each', () => {
    expect(countWords("X's policy, in force.")).toBe(4);
    expect(countWords('隐私政策 update')).toBe(5);
  });
});
