/**
 * The real corpus (../shared/corpus, or TERMLINE_CORPUS): everything ingests,
 * and what the model says matches what the files say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/lib/config.ts';
import { ingestCorpus } from '../src/lib/sources/ingest.ts';
import type { Corpus, PolicyDocument, Version } from '../src/lib/model/model.ts';
import type { Clause } from '../src/lib/model/model.ts';
import { latestVersion } from '../src/lib/publish/views.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const config = loadConfig(projectRoot);
let corpus: Corpus;

beforeAll(() => {
  corpus = ingestCorpus({ corpusDir: config.corpusDir, servicesDir: config.servicesDir });
}, 60_000); // a whole ingest, no cache: slow on a busy machine

const doc = (service: string, id: string): PolicyDocument =>
  corpus.services.find((s) => s.id === service)!.documents.find((d) => d.id === id)!;
const clauses = (version: Version) => version.blocks.filter((b): b is Clause => b.type === 'clause');
const textsOn = (document: PolicyDocument, date: string) => {
  const record = document.records.find((r) => r.date === date)!;
  return record.texts.map((t) => ({ ...t, version: document.versions.find((v) => v.id === t.versionId)! }));
};

describe('the real corpus', () => {
  it('ingests every file listed in SOURCES.tsv, and only those', () => {
    const rows = readFileSync(join(config.corpusDir, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
    const listed = new Map<string, number>();
    for (const [, service, document] of rows) listed.set(`${service}/${document}`, (listed.get(`${service}/${document}`) ?? 0) + 1);
    const ingested = new Map(corpus.services.flatMap((s) => s.documents.map((d) => [`${s.id}/${d.id}`, d.records.length] as const)));
    expect(ingested).toEqual(listed);
    const paths = corpus.services.flatMap((s) => s.documents.flatMap((d) => d.records.map((r) => r.provenance.path)));
    expect(paths.sort()).toEqual(rows.map((r) => r[0]).sort());
  });

  it('keeps provenance on every record, with the sha256 verified', () => {
    for (const record of corpus.services.flatMap((s) => s.documents.flatMap((d) => d.records))) {
      expect(record.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(record.provenance.sourceRepo).toBe('github.com/OpenTermsArchive/pga-versions');
      expect(record.provenance.recordedAt.slice(0, 10)).toBe(record.date);
    }
  });

  it('splits the 2024-10-17 privacy record into the text effective 2024-11-15 and the one effective 2023-09-29', () => {
    const texts = textsOn(doc('x', 'privacy-policy'), '2024-10-17');
    expect(texts.map((t) => [t.status, t.effectiveDate, t.effectiveUntil])).toEqual([
      ['upcoming', '2024-11-15', undefined],
      ['ending', '2023-09-29', '2024-11-15'],
    ]);
    // The old text on that page is the policy in force before: the same words as the 2024-07-25 record.
    const before = textsOn(doc('x', 'privacy-policy'), '2024-07-25')[0]!.version;
    expect(texts[1]!.version.textHash).toBe(before.textHash);
  });

  it('splits every other double page the README names into an upcoming and a current text', () => {
    for (const date of ['2023-08-23', '2023-08-30', '2025-06-28', '2025-12-17']) {
      const statuses = textsOn(doc('x', 'privacy-policy'), date).map((t) => t.status);
      expect(statuses, date).toEqual(['upcoming', 'ending']);
    }
  });

  it('splits every terms record into a rest-of-world and an EU/EFTA/UK text', () => {
    const terms = doc('x', 'terms-of-service');
    for (const record of terms.records) {
      const regions = record.texts.map((t) => t.region);
      expect(regions.filter((r) => r === 'worldwide').length, record.date).toBe(regions.filter((r) => r === 'eu-efta-uk').length);
      expect(regions.length, record.date).toBeGreaterThanOrEqual(2);
    }
    const [world, eu] = textsOn(terms, '2024-11-16').map((t) => clauses(t.version).map((c) => c.text).join('\n'));
    expect(world).toContain('$15,000 USD');
    expect(world).toContain('Texas');
    expect(eu).toContain('€15,000 EUR');
    expect(eu).toContain('Ireland');
    expect(eu).not.toContain('$15,000 USD');
  });

  it('reads each text its own effective date, kept apart from the recorded date', () => {
    const latest = textsOn(doc('x', 'terms-of-service'), '2026-04-11');
    expect(latest.map((t) => [t.region, t.effectiveDate])).toEqual([
      ['worldwide', '2026-04-10'],
      ['eu-efta-uk', '2026-01-15'],
    ]);
    expect(textsOn(doc('x', 'privacy-policy'), '2023-04-18').map((t) => t.effectiveDate)).toEqual(['2023-05-18', '2022-06-10']);
  });

  it('flags the records the archive made by re-extraction', () => {
    const flagged = corpus.services.flatMap((s) => s.documents.flatMap((d) => d.records.filter((r) => r.reextractionOnly).map((r) => r.provenance.path)));
    expect(flagged.sort()).toEqual([
      'x/privacy-policy/2022-09-20.md',
      'x/privacy-policy/2025-10-23.md',
      'x/privacy-policy/2026-04-02.md',
      'x/terms-of-service/2022-09-20.md',
      'x/terms-of-service/2025-10-03.md',
    ]);
  });

  it('treats a text seen again as the same version (2023-08-24 equals 2023-05-18)', () => {
    const privacy = doc('x', 'privacy-policy');
    expect(textsOn(privacy, '2023-08-24')[0]!.versionId).toBe(textsOn(privacy, '2023-05-18')[0]!.versionId);
  });

  it('keeps the page content appended below the 2026 privacy policy out of the policy', () => {
    const record = doc('x', 'privacy-policy').records.find((r) => r.date === '2026-07-16')!;
    expect(record.supplements.map((s) => s.title)).toContain("Welcome to X's Privacy Hub");
    // So the 2026-04-02 re-extraction is no new version of the policy.
    expect(textsOn(doc('x', 'privacy-policy'), '2026-04-02')[0]!.versionId).toBe(textsOn(doc('x', 'privacy-policy'), '2026-01-16')[0]!.versionId);
  });

  it('finds the third-party collaborators clause under the sharing section, with an ID that holds across versions', () => {
    const privacy = doc('x', 'privacy-policy');
    const id = '3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators';
    const holding = privacy.versions.filter((v) => clauses(v).some((c) => c.id === id));
    expect(holding.map((v) => v.id)).toContain('2024-10-17');
    expect(holding.every((v) => v.firstRecorded >= '2024-10-17')).toBe(true);
    expect(holding.map((v) => v.id)).toContain(latestVersion(privacy)!.id);
  });

  it('keeps the ID of a clause whose text did not change, unless a heading above it was renamed', () => {
    const uniqueTexts = (version: Version) => {
      const ids = new Map<string, string | null>();
      for (const c of clauses(version)) ids.set(c.text, ids.has(c.text) ? null : c.id);
      return ids;
    };
    let unchanged = 0;
    let kept = 0;
    for (const document of corpus.services.flatMap((s) => s.documents)) {
      for (const region of document.regions) {
        const versions = document.versions.filter((v) => v.region === region.id);
        for (let i = 1; i < versions.length; i += 1) {
          const before = uniqueTexts(versions[i - 1]!);
          const pairs = [...uniqueTexts(versions[i]!)].filter(([text, id]) => id && before.get(text));
          const same = pairs.filter(([text, id]) => before.get(text) === id).length;
          // The 2023 rebrand renamed headings ("Twitter's Audience" -> "X's Audience") and renumbered a section.
          expect(same / pairs.length, `${document.id} ${versions[i]!.id}`).toBeGreaterThan(0.8);
          unchanged += pairs.length;
          kept += same;
        }
      }
    }
    expect(kept / unchanged).toBeGreaterThan(0.97);
  });

  it('cleans both news reports: the article stays, the page furniture goes', () => {
    const byId = new Map(corpus.reports.map((r) => [r.id, r]));
    const anquanquan = byId.get('2024-10-18-anquanquan-x-terms-ai-training')!;
    const freebuf = byId.get('2024-10-22-freebuf-x-third-party-ai-training')!;
    for (const report of [anquanquan, freebuf]) {
      expect(report.lang).toBe('zh');
      const text = report.blocks.map((b) => b.text).join('\n');
      for (const furniture of ['扫一扫', '扫码', '阅读推荐', '相关推荐', 'Copyright', '登录', '关注该公众号', 'ICP']) {
        expect(text, `${report.id}: ${furniture}`).not.toContain(furniture);
      }
      expect(report.blocks.some((b) => b.html.includes('<img'))).toBe(false);
    }
    const a = anquanquan.blocks.map((b) => b.text).join('\n');
    expect(a).toContain('训练 AI 模型');
    expect(a).toContain('2024 年 11 月 15 日');
    const f = freebuf.blocks.map((b) => b.text).join('\n');
    expect(f).toContain('2024年10月16日');
    expect(f).toContain('15000美元');
    expect(freebuf.date).toBe('2024-10-22');
  });
});
