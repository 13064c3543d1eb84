import { describe, expect, it } from 'vitest';
import { acmePrivacy, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { compareView } from '../compare/compare-view.ts';
import { kindBetween } from '../compare/bridge.ts';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { Translations } from '../notes/translated-text.ts';
import { ingestCorpus } from '../sources/ingest.ts';
import { comparePair } from './compare-pair.ts';
import { comparePairFromDataset } from './compare-pair-dataset.ts';
import { pairDocument, pairNotes } from './compare-pair-model.ts';
import { changeRowsHtml, chunkEnds, comparePairHtml, type RenderOptions } from './compare-render.ts';
import { documentFile, documentNotesFile, notesFile, versionFile } from './dataset/dataset.ts';
import { versionBlocks } from './dataset/version-blocks.ts';
import { compareStrings } from './i18n/ui/compare.ts';
import { comparePath, withBase } from './paths.ts';

const corpus = ingestCorpus({
  corpusDir: makeCorpus([
    { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
    { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ sharing: 'Couriers & <b>agents</b> receive your street address so parcels arrive.' }) },
    {
      path: 'acme/privacy-notice/2024-06-02.md',
      content: acmePrivacy({ effective: 'June 1, 2024', sharing: 'Couriers and [agents](https://acme.example/agents) receive your address.', retention: '' }),
    },
  ]),
});
const service = corpus.services[0]!;
const document = service.documents[0]!;
const [first, , last] = document.versions as [never, never, (typeof document.versions)[number]];
const firstVersion = document.versions[0]!;

const note = (id: string, impact: 'expands' | 'limits', anchors: [string, string, string][]): AnchoredAnnotation => ({
  file: `${id}.mdx`,
  data: { id, title: `Made-up note ${id}`, summary: 'Words of ours.', service: 'acme', document: 'privacy-notice', anchor: { exact: 'x' }, categories: ['Other'], impact, sources: [], milestones: [], questions: [] },
  anchors: anchors.map(([versionId, clauseId, text]) => ({ versionId, clauseId, text, start: 0, end: text.length, quality: 1 })),
  events: [],
});
const clauseOf = (version: typeof firstVersion, words: string) => version.blocks.find((b) => b.type === 'clause' && b.text.includes(words))!.id;
const annotations = [
  note('couriers', 'expands', [
    [firstVersion.id, clauseOf(firstVersion, 'Couriers'), 'street address'],
    [last.id, clauseOf(last, 'Couriers'), 'your address'],
  ]),
  note('hold', 'limits', [[firstVersion.id, clauseOf(firstVersion, 'hold order records'), '24 months']]),
];
const options = { locale: 'en' as const, href: (route: string) => withBase(route, '/termline/'), kindsPath: '/kinds-of-change/' };
const routes = { compare: (a: { id: string }, b: { id: string }) => comparePath({ service: 'acme', document: 'privacy-notice', id: a.id }, b) };

// Made-up translation of one note of two: the other falls back to its English.
const translations: Translations = { zh: { notes: { couriers: { title: '编造的注释', summary: '我们的话。', questions: [] } }, stories: {} } };

function prerendered(before: typeof firstVersion, after: typeof firstVersion, renderOptions: RenderOptions = options) {
  const doc = pairDocument(service, document);
  const find = (id: string) => doc.versions.find((v) => v.id === id)!;
  const t = compareStrings[renderOptions.locale];
  const view = compareView(before, after, undefined, { inserted: t.inserted, deleted: t.deleted });
  return comparePairHtml(comparePair(doc, find(before.id), find(after.id), view, kindBetween(before, after), pairNotes(annotations, translations), routes), renderOptions);
}

/** What the browser fetches: the dataset's files, through JSON. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the comparison renderer', () => {
  it('renders the same page from the dataset as from the model, notes and impact included', () => {
    const fromModel = prerendered(firstVersion, last);
    const fromDataset = comparePairFromDataset(
      { document: json(documentFile(service, document)), before: json(versionFile(firstVersion)), after: json(versionFile(last)), notes: json(notesFile(annotations)) },
      { ...options, comparePath: routes.compare },
    );
    expect(fromDataset).toEqual(fromModel);
    // The document's own notes file (what the browser fetches) gives the same page.
    const fromDocumentNotes = comparePairFromDataset(
      { document: json(documentFile(service, document)), before: json(versionFile(firstVersion)), after: json(versionFile(last)), notes: json(documentNotesFile(annotations, document)) },
      { ...options, comparePath: routes.compare },
    );
    expect(fromDocumentNotes).toEqual(fromModel);
    expect(fromModel.impact).toContain('Made-up note couriers');
    expect(fromModel.changes).toContain('<span class="note-label">Note</span> <a href="/termline/notes/couriers/">');
  });

  it('names notes and the document in Chinese, the same from the dataset, and marks what stays English', () => {
    const zh = { ...options, locale: 'zh' as const, href: (route: string) => withBase(`/zh${route}`, '/termline/') };
    const fromModel = prerendered(firstVersion, last, zh);
    const fromDataset = comparePairFromDataset(
      { document: json(documentFile(service, document)), before: json(versionFile(firstVersion)), after: json(versionFile(last)), notes: json(notesFile(annotations, translations)) },
      { ...zh, comparePath: routes.compare },
    );
    expect(fromDataset).toEqual(fromModel);
    expect(fromModel.impact).toContain('<span data-translated>编造的注释</span>');
    expect(fromModel.changes).toContain('<span data-translated>编造的注释</span></a>: <span data-translated>我们的话。</span>');
    // Not translated: the English, marked as such.
    expect(fromModel.impact).toContain('<span lang="en" data-translated>Made-up note hold</span>');
    // A document title the tables lack stays the service's English, marked lang="en".
    expect(fromModel.heading).toContain(`<h1>Acme <span lang="en">${document.title}</span>`);
  });

  it('links a version page in English only at its English page, marked hreflang="en", the same from the dataset', () => {
    const zh = {
      ...options,
      locale: 'zh' as const,
      href: (route: string) => withBase(`/zh${route}`, '/termline/'),
      englishHref: (route: string) => withBase(route, '/termline/'),
    };
    const doc = pairDocument(service, document, true);
    const find = (id: string) => doc.versions.find((v) => v.id === id)!;
    const view = compareView(firstVersion, last, undefined, { inserted: '插入', deleted: '删除' });
    const fromModel = comparePairHtml(comparePair(doc, find(firstVersion.id), find(last.id), view, kindBetween(firstVersion, last), pairNotes(annotations, translations), routes), zh);
    const fromDataset = comparePairFromDataset(
      { document: json(documentFile(service, document, ['en'])), before: json(versionFile(firstVersion)), after: json(versionFile(last)), notes: json(notesFile(annotations, translations)) },
      { ...zh, comparePath: routes.compare },
    );
    expect(fromDataset).toEqual(fromModel);
    expect(fromModel.heading).toContain(`<a href="/termline/acme/privacy-notice/${last.id}/" hreflang="en">`);
    expect(fromModel.summary).toMatch(/<a href="\/termline\/acme\/privacy-notice\/[^"]+\/" hreflang="en">/);
    expect(fromModel.changes).toMatch(/<a class="in-context" href="\/termline\/acme\/privacy-notice\/[^"]+#[^"]+" hreflang="en">/);
    expect(fromModel.changes).not.toContain('href="/termline/zh/acme/privacy-notice/2');
    // Comparisons stay in the reader's language.
    expect(fromModel.summary + fromModel.heading).not.toMatch(/href="\/termline\/compare\//);
  });

  it('marks each edit in words a screen reader says, folds unchanged runs, and says what is gone', () => {
    const { changes, summary, heading } = prerendered(firstVersion, last);
    expect(changes).toMatch(/<del><span class="visually-hidden">\[deleted: <\/span>[^<]*<span class="visually-hidden"> :end deleted\]<\/span><\/del>/);
    expect(changes).toContain('<ins><span class="visually-hidden">[inserted: </span>');
    expect(changes).toContain('<p class="empty">Not in the later version.</p>');
    // Each column carries its own text: insertions only in the later one, a removed clause once, in the earlier one.
    const cells = (side: string) => [...changes.matchAll(new RegExp(`<div class="cell ${side}">(.*?)</div>`, 'g'))].map((m) => m[1]!);
    expect(cells('old').some((cell) => cell.includes('<del>'))).toBe(true);
    expect(cells('old').some((cell) => cell.includes('<ins>'))).toBe(false);
    expect(cells('new').some((cell) => cell.includes('<ins>'))).toBe(true);
    expect(cells('new').filter((cell) => cell.includes('Not in the later version.')).every((cell) => !cell.includes('redline'))).toBe(true);
    expect(changes).toContain('<span class="link-target">[link: acme.example/agents]</span>');
    expect(summary).toContain('<a class="kind kind-of-change-substantive" href="/termline/kinds-of-change/#substantive">substantive change</a>');
    expect(summary).toMatch(/<dt>Removed<\/dt><dd>1 clause<\/dd>/);
    expect(summary).toContain('This comparison spans 1 version in between');
    expect(heading).toContain(`<a href="/termline/acme/privacy-notice/${last.id}/">effective 1 June 2024, first recorded 2 June 2024</a>`);
  });

  it('names a run of unchanged clauses in one line, with links to read it in either version', () => {
    const row = (n: number, where: string) => ({ kind: 'unchanged' as const, type: 'clause' as const, anchor: `change-c${n}`, clauseId: `c${n}`, oldClauseId: `old-c${n}`, where, excerpt: 'Made up.', html: `Clause ${n}.` });
    const view = (rows: ReturnType<typeof row>[]) => ({ items: [{ type: 'unchanged-run' as const, rows, clauses: rows.length }], counts: { added: 0, removed: 0, modified: 0, moved: 0, unchanged: 3 }, words: { added: 0, removed: 0 }, jump: [], byKind: { substantive: 0, spelling: 0, link: 0, artefact: 0, formatting: 0 } });
    const pages = { before: { id: 'a', firstRecorded: first, page: '/a/' }, after: { id: 'b', firstRecorded: first, page: '/b/' }, notes: { before: new Map(), after: new Map() } };
    const links = 'read them <a href="/termline/a/#old-c1">in the earlier version</a> or <a href="/termline/b/#c1">in the later version</a>.</p>';
    expect(changeRowsHtml(view([row(1, 'Fees'), row(2, 'Fees'), row(3, 'Fees')]), pages, options)).toBe(`<p class="unchanged-run">3 unchanged clauses in “<span>Fees</span>”: ${links}`);
    expect(changeRowsHtml(view([row(1, 'Fees'), row(2, 'Fees'), row(3, 'Tips & <hints>')]), pages, options)).toBe(
      `<p class="unchanged-run">3 unchanged clauses from “<span>Fees</span>” to “<span>Tips &amp; &lt;hints&gt;</span>”: ${links}`,
    );
    // None of the clauses' text is on the page.
    expect(changeRowsHtml(view([row(1, ''), row(2, ''), row(3, '')]), pages, options)).not.toContain('Clause');
    const zh = changeRowsHtml(view([row(1, 'Fees'), row(2, 'Fees'), row(3, 'Fees')]), pages, { locale: 'zh', href: (r) => r });
    expect(zh).toBe('<p class="unchanged-run">“<span lang="en">Fees</span>”中的3 条条款未改动：<a href="/a/#old-c1">在较早的版本中</a>或<a href="/b/#c1">在较新的版本中</a>阅读。</p>');
  });

  it('marks where a long list of rows may go in by parts: after a screenful, then about every 200,000 characters, never before a short rest', () => {
    const parts = [6_000, 6_000, 150_000, 100_000, 10_000, 250_000, 100_000].map((n) => 'x'.repeat(n));
    expect(chunkEnds(parts, 100)).toEqual([100 + 12_000, 100 + 262_000, 100 + 522_000]);
    expect(chunkEnds(['x'.repeat(50_000)], 0)).toEqual([]);
    // 250,000 characters after the first screenful, but only 10,000 after them: one more part, not two.
    expect(chunkEnds(parts.slice(0, 5), 100)).toEqual([100 + 12_000]);
    // Less than a screenful after the first: at once.
    expect(chunkEnds(['x'.repeat(12_000), 'x'.repeat(9_000)], 0)).toEqual([]);
    // A comparison shorter than a screenful goes in at once.
    expect(prerendered(firstVersion, last).rowChunkEnds).toEqual([]);
  });

  it('escapes what the text holds and writes every row anchor once', () => {
    const { changes } = prerendered(firstVersion, document.versions[1]!);
    expect(changes).not.toContain('<b>agents</b>');
    const ids = [...changes.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('speaks Chinese around the policy text and keeps the text in English', () => {
    const view = compareView(firstVersion, last, undefined, { inserted: '插入', deleted: '删除' });
    const rows = changeRowsHtml(view, { before: { page: '/a/', id: 'a', firstRecorded: first }, after: { page: '/b/', id: 'b', firstRecorded: first }, notes: { before: new Map(), after: new Map() } }, { locale: 'zh', href: (r) => r });
    expect(rows).toContain('<span class="visually-hidden">[插入: </span>');
    expect(rows).toContain('<span class="cell-label">之前</span>');
    expect(rows).toContain('<p class="redline" lang="en">');
  });
});

describe('versionBlocks', () => {
  it('gives back the blocks a comparison reads from a version file that leaves out what equals the text', () => {
    const file = json(versionFile(last));
    expect(file.clauses.some((c) => c.html === undefined && c.marked === undefined)).toBe(true);
    expect(file.clauses.some((c) => c.marked !== undefined)).toBe(true);
    const comparable = (blocks: typeof last.blocks) => blocks.map(({ line: _line, ...b }) => ({ ...b, group: undefined, header: undefined }));
    expect(comparable(versionBlocks(file))).toEqual(comparable(last.blocks));
  });
});
