import { describe, expect, it } from 'vitest';
import type { Corpus, PolicyDocument, Version } from '../model/model.ts';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import { reportLinks } from './report-links.ts';

const version = (id: string, extra: Partial<Version> = {}) =>
  ({ id, service: 'acme', document: 'terms', region: 'worldwide', firstRecorded: id, kind: 'substantive', blocks: [], ...extra }) as unknown as Version;
const versions = [version('2024-01-01', { kind: 'first' }), version('2024-03-01', { bridgedFrom: '2024-01-01' }), version('2024-09-01', { bridgedFrom: '2024-03-01' })];
const document = { service: 'acme', id: 'terms', regions: [{ id: 'worldwide', label: 'Worldwide' }], versions, records: [] } as unknown as PolicyDocument;
const corpus = { services: [{ id: 'acme', documents: [document] }], reports: [] } as unknown as Corpus;
const note = (id: string, report: string) =>
  ({
    data: { id, title: `Note ${id}`, service: 'acme', document: 'terms', sources: [{ report }], milestones: [] },
    anchors: [{ versionId: '2024-09-01', clauseId: 'fees' }],
    events: [
      { kind: 'appears', versionId: '2024-03-01', region: 'worldwide' },
      { kind: 'changes', versionId: '2024-09-01', region: 'worldwide' },
    ],
  }) as unknown as AnchoredAnnotation;

describe('reportLinks', () => {
  it('leads from a report to each note citing it, its clause and the change nearest the report', () => {
    const links = reportLinks(corpus, [note('fees', 'acme-report'), note('other', 'another-report')], { id: 'acme-report', date: '2024-02-25' });
    expect(links).toEqual([
      {
        note: { id: 'fees', href: '/notes/fees/', title: 'Note fees' },
        clause: { href: '/acme/terms/2024-09-01/#fees', label: 'the clause, in the version first recorded 1 September 2024' },
        change: { href: '/compare/acme/terms/2024-01-01..2024-03-01/', label: 'what changed, 1 January 2024 → 1 March 2024' },
      },
    ]);
  });

  it('falls back to the document change nearest the report when the note\'s words are older', () => {
    const old = { ...note('old', 'acme-report'), events: [{ kind: 'appears', versionId: '2024-01-01', region: 'worldwide' }] } as unknown as AnchoredAnnotation;
    const [link] = reportLinks(corpus, [old], { id: 'acme-report', date: '2024-08-20' });
    expect(link!.change).toEqual({ href: '/compare/acme/terms/2024-03-01..2024-09-01/', label: 'what changed, 1 March 2024 → 1 September 2024' });
  });
});
