import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmeNews, acmePrivacy, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { anchorAnnotations, checkAnnotationBodies, readAnnotationFolder, skippedNotes } from './annotations.ts';
import { ingestCorpus } from '../sources/ingest.ts';

const corpus = ingestCorpus({
  corpusDir: makeCorpus(
    [
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records for as long as we need them.' }) },
    ],
    { '2024-03-02-example-acme.md': acmeNews() },
  ),
});

function note(id: string, fields: Record<string, string> = {}, body = 'Our explanation, in our words.'): string {
  const front = {
    id,
    title: 'Outside firms may model your orders',
    summary: 'Acme lets outside firms build prediction models from order histories unless you say no.',
    service: 'acme',
    document: 'privacy-notice',
    anchor: '\n  exact: "build prediction models from order histories"',
    categories: '\n  - Third Party Sharing/Collection',
    impact: 'expands',
    sources: '\n  - report: 2024-03-02-example-acme',
    questions: '\n  - "Can other firms study my orders?"',
    ...fields,
  };
  const yaml = Object.entries(front)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'termline-notes-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}

function problemsFor(files: Record<string, string>) {
  const read = readAnnotationFolder(folder(files));
  const anchored = anchorAnnotations(corpus, read.annotations);
  return [...read.problems, ...anchored.problems, ...checkAnnotationBodies(corpus, read.annotations)];
}

describe('annotations', () => {
  it('anchor in every version that holds the words, with their history', () => {
    const read = readAnnotationFolder(folder({ 'models.mdx': note('models'), 'retention.mdx': note('retention', { anchor: '\n  exact: "no more than 24 months"' }) }));
    const { annotations, problems } = anchorAnnotations(corpus, read.annotations);
    expect(problems).toEqual([]);
    expect(annotations.find((a) => a.data.id === 'models')!.anchors.map((a) => a.versionId)).toEqual(['2024-03-02', '2024-04-02']);
    expect(annotations.find((a) => a.data.id === 'retention')!.events.map((e) => `${e.kind}@${e.versionId}`)).toEqual([
      'appears@2024-03-02',
      'vanishes@2024-04-02',
    ]);
  });

  it('that anchor nowhere stop the build, naming the line and the closest clause', () => {
    const [problem] = problemsFor({ 'lost.mdx': note('lost', { anchor: '\n  exact: "we hold order records for at most two years"' }) });
    expect(problem).toMatchObject({ file: expect.stringMatching(/lost\.mdx$/), line: 8, message: expect.stringContaining('is in no version of acme/privacy-notice') });
    expect(problem!.fix).toMatch(/closest clause is 3-how-long-we-hold-things\/we-hold-order-records-for-no in version 2024-03-02/);
  });

  it('that anchor ambiguously stop the build, listing the places', () => {
    const [problem] = problemsFor({ 'vague.mdx': note('vague', { anchor: '\n  exact: "order"' }) });
    expect(problem!.message).toMatch(/matches \d+ places equally well in version 2024-03-02/);
    expect(problem!.fix).toMatch(/anchor\.prefix or anchor\.suffix/);
  });

  it('with bad front matter name the field and its line', () => {
    const problems = problemsFor({ 'bad.mdx': note('bad', { impact: 'huge', categories: '\n  - Gossip' }) });
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [10, 'the field "categories.0" is invalid'],
      [11, 'the field "impact" is invalid'],
    ]);
  });

  it('must name a report that exists and a file named after the id', () => {
    expect(problemsFor({ 'ghost.mdx': note('ghost', { sources: '\n  - report: no-such-report' }) })[0]!.message).toBe('no news report "no-such-report" in the corpus');
    expect(problemsFor({ 'other-name.mdx': note('models') })[0]!.message).toBe('id "models" differs from the file name');
  });

  it('with a broken clause reference in the body fail at that line', () => {
    const [problem] = problemsFor({
      'ref.mdx': note('ref', {}, 'Fine line.\n\nSee [the clause](clause:acme/privacy-notice#2-how-we-pass-things-on/no-such-clause).'),
    });
    expect(problem).toMatchObject({ file: expect.stringMatching(/ref\.mdx$/), line: 20, message: expect.stringContaining('no clause 2-how-we-pass-things-on/no-such-clause') });
  });

  it('about a document the corpus does not hold are left out and listed, even with references to it', () => {
    const elsewhere = note('elsewhere', { service: 'globex', document: 'terms-of-use', sources: '\n  - report: no-such-report' }, 'See [it](clause:globex/terms-of-use#1-who-we-are/no-clause).');
    const read = readAnnotationFolder(folder({ 'elsewhere.mdx': elsewhere, 'models.mdx': note('models') }));
    const anchored = anchorAnnotations(corpus, read.annotations);
    expect(anchored.problems).toEqual([]);
    expect(checkAnnotationBodies(corpus, read.annotations)).toEqual([]);
    expect(anchored.annotations.map((a) => a.data.id)).toEqual(['models']);
    expect(skippedNotes(corpus, read.annotations)).toEqual([{ id: 'elsewhere', file: expect.stringMatching(/elsewhere\.mdx$/), about: 'globex/terms-of-use' }]);
  });

  it('about a document the corpus holds still fail on a reference to one it lacks', () => {
    const [problem] = problemsFor({ 'cross.mdx': note('cross', {}, 'See [it](clause:globex/terms-of-use#1-who-we-are/no-clause).') });
    expect(problem!.message).toMatch(/no document globex\/terms-of-use/);
  });

  it('with valid clause references pass', () => {
    const body = 'See [the clause](clause:acme/privacy-notice#2-how-we-pass-things-on/2-1-with-helpers/model-builders).\n\n<MiniCompare ref="acme/privacy-notice#3-how-long-we-hold-things/we-hold-order-records-for-as" from="2024-03-02" to="2024-04-02" />';
    expect(problemsFor({ 'good.mdx': note('good', {}, body) })).toEqual([]);
  });
});
