import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Version } from '../model/model.ts';
import { INLINE_PICKER_OPTIONS, pickerInline, pickerOptionCount, repeatedRecordDates } from './views.ts';

/** A made-up document: `versions` texts, each seen in `recordsPerVersion` records (the later ones are "other recorded dates"). */
function documentWith(versions: number, recordsPerVersion: number): PolicyDocument {
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
  const list = Array.from({ length: versions }, (_, i) => ({ id: day(i * recordsPerVersion), region: 'worldwide', firstRecorded: day(i * recordsPerVersion) }) as Version);
  const records = list.flatMap((version, i) =>
    Array.from({ length: recordsPerVersion }, (_, j) => ({ date: day(i * recordsPerVersion + j), texts: [{ region: 'worldwide', versionId: version.id, status: 'in-force' }] })),
  );
  return { service: 'acme', id: 'privacy-notice', regions: [{ id: 'worldwide', label: 'Worldwide' }], versions: list, records } as unknown as PolicyDocument;
}

describe('the version picker', () => {
  it('lists every version and every later date a version was recorded again', () => {
    const document = documentWith(3, 2);
    expect(repeatedRecordDates(document, 'worldwide').map((r) => `${r.date}:${r.version.id}`)).toEqual(['2020-01-02:2020-01-01', '2020-01-04:2020-01-03', '2020-01-06:2020-01-05']);
    expect(pickerOptionCount(document)).toBe(6);
  });

  it('is repeated on every page of a small document, and only on its own pages past the limit', () => {
    expect(pickerInline(documentWith(INLINE_PICKER_OPTIONS / 2, 2))).toBe(true);
    expect(pickerInline(documentWith(INLINE_PICKER_OPTIONS / 2 + 1, 2))).toBe(false);
  });
});
