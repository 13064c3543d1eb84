/**
 * What the search index holds besides the note pages: one record per clause
 * of each document and region, across its versions. A clause unchanged
 * across twelve versions is one result, and so is a clause whose wording
 * changed only a little (same clause ID, near-identical words): it points at
 * the latest version, lists the versions that hold it and keeps the words of
 * its earlier wordings searchable, so snapshots do not flood the results.
 */
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { Corpus, PolicyDocument, Service, Version } from '../model/model.ts';
import type { Clause, Section } from '../model/model.ts';
import { spaceCjk } from '../model/cjk.ts';
import { contentWords } from '../compare/tokens.ts';
import { formatDateIn } from './i18n/format.ts';
import { categoryLabelIn, documentNameIn, documentTitleIn, regionLabelIn, reportLangTag } from './i18n/labels.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';
import { searchStrings } from './i18n/ui/search.ts';
import { clausePath, documentPath, localized, reportPath } from './paths.ts';

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface Seen {
  versions: Version[];
  /** The clause in the latest version that has this text. */
  latest: { version: Version; clause: Clause; section?: Section };
  /** Earlier wordings folded into this one (near-identical texts of the same clause). */
  wordings?: string[];
}

/** Wordings at least this alike (Dice coefficient of their words) are one clause in the results. */
export const NEAR_IDENTICAL = 0.85;

function dice(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.length + y.length === 0) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Folds the wordings of one clause ID that are near-identical into the newest of them. */
export function foldNearIdentical(seen: readonly Seen[]): Seen[] {
  const byClause = new Map<string, Seen[]>();
  for (const entry of seen) byClause.set(entry.latest.clause.id, [...(byClause.get(entry.latest.clause.id) ?? []), entry]);
  const out: Seen[] = [];
  for (const group of byClause.values()) {
    // Newest first: each wording joins the newest kept one it is near-identical to.
    const ordered = [...group].sort((a, b) => b.latest.version.firstRecorded.localeCompare(a.latest.version.firstRecorded));
    const kept: Seen[] = [];
    for (const entry of ordered) {
      const into = kept.find((k) => dice(k.latest.clause.text, entry.latest.clause.text) >= NEAR_IDENTICAL);
      if (!into) {
        kept.push({ ...entry, versions: [...entry.versions] });
        continue;
      }
      into.versions = [...new Set([...into.versions, ...entry.versions])].sort((a, b) => a.firstRecorded.localeCompare(b.firstRecorded));
      into.wordings = [...(into.wordings ?? []), entry.latest.clause.text];
    }
    out.push(...kept);
  }
  return out;
}

/**
 * Every distinct clause as a record of the index of `locale`: the clause's words are English, what we say about it is in `locale`.
 * The records of one service make one search bundle (src/integrations/pagefind.ts), so they do not carry the service:
 * the search page adds it to the bundle as a merged filter. No record has a Pagefind sort key: Pagefind's sort does not
 * span merged bundles, and its page list would be in the metadata every first query loads; the search page orders
 * by `meta.date` from each bundle's date list instead.
 */
export function clauseRecords(
  corpus: Corpus,
  annotations: readonly AnchoredAnnotation[],
  locale: Locale = DEFAULT_LOCALE,
  pageIn: PageIn = localized,
): SearchRecord[] {
  return corpus.services.flatMap((service) => serviceClauseRecords(service, annotations, locale, { tagService: true, pageIn }));
}

/**
 * Whether each service's clauses are a search bundle of their own. A site of one service keeps them in the site
 * bundle: that service is always in scope, and a second bundle would only add an index chunk to every query.
 */
export function searchBundlesPerService(corpus: Pick<Corpus, 'services'>): boolean {
  return corpus.services.length > 1;
}

/** A page's route in `locale`: `localized`, unless the page is English only (translated-pages.ts). */
type PageIn = (route: string, locale: Locale) => string;

/** The clause records of one service (one search bundle); `tagService` when they go into a bundle of several. */
export function serviceClauseRecords(
  service: Service,
  annotations: readonly AnchoredAnnotation[],
  locale: Locale = DEFAULT_LOCALE,
  { tagService = false, pageIn = localized }: { tagService?: boolean; pageIn?: PageIn } = {},
): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const document of service.documents) {
    for (const region of document.regions) {
      const byText = new Map<string, Seen>();
      for (const version of document.versions.filter((v) => v.region === region.id)) {
        let section: Section | undefined;
        for (const block of version.blocks) {
          if (block.type === 'section') {
            section = block;
            continue;
          }
          const seen = byText.get(block.text);
          if (seen) {
            if (!seen.versions.includes(version)) seen.versions.push(version);
            seen.latest = { version, clause: block, section };
          } else {
            byText.set(block.text, { versions: [version], latest: { version, clause: block, section } });
          }
        }
      }
      for (const seen of foldNearIdentical([...byText.values()])) {
        const made = record(service.name, document, regionLabelIn(locale, { region: region.id, regionLabel: region.label }), seen, annotations, locale, pageIn);
        records.push(tagService ? { ...made, filters: { ...made.filters, service: [service.name] } } : made);
      }
    }
  }
  return records;
}

function record(
  serviceName: string,
  document: PolicyDocument,
  regionLabel: string,
  { versions, latest, wordings = [] }: Seen,
  annotations: readonly AnchoredAnnotation[],
  locale: Locale,
  pageIn: PageIn,
): SearchRecord {
  const documentName = documentNameIn(locale, { name: serviceName }, document);
  const name = `${documentName}${document.regions.length > 1 ? ` (${regionLabel})` : ''}`;
  const formatDate = (iso: string) => formatDateIn(locale, iso);
  const zh = locale !== 'en';
  const ids = new Set(versions.map((v) => v.id));
  const categories = annotations
    .filter((a) => a.data.service === document.service && a.data.document === document.id)
    .filter((a) => a.anchors.some((anchor) => ids.has(anchor.versionId) && anchor.clauseId === latest.clause.id))
    .flatMap((a) => a.data.categories);
  const first = versions[0]!;
  const span = zh
    ? versions.length === 1
      ? `见于 1 个版本，首次记录于${formatDate(first.firstRecorded)}`
      : `见于 ${versions.length} 个版本${wordings.length ? `（${wordings.length + 1} 种措辞）` : ''}，首次记录于${formatDate(first.firstRecorded)}至${formatDate(latest.version.firstRecorded)}`
    : versions.length === 1
      ? `In 1 version, first recorded ${formatDate(first.firstRecorded)}`
      : `In ${versions.length} versions${wordings.length ? ` (${wordings.length + 1} wordings)` : ''}, first recorded ${formatDate(first.firstRecorded)} to ${formatDate(latest.version.firstRecorded)}`;
  const route = clausePath(latest.version, latest.clause.id);
  const page = pageIn(route, locale);
  return {
    // Pagefind keys records by URL, whatever their language: a record at the English page's URL would replace that
    // page's English record. So each language keeps its own address, and `page_en` says where the reader is sent
    // when the page is in English only (the /zh/ address would reach it too, through the 404 page).
    url: localized(route, locale),
    // Earlier wordings stay searchable; the excerpt shows whichever matched.
    content: [latest.clause.text, ...wordings.map((w) => `Earlier wording: ${w}`)].join(' '),
    meta: {
      title: latest.section ? `${name}: ${latest.section.title}` : name,
      versions: span,
      date: latest.version.firstRecorded,
      // The clause and its heading are the policy's own words, in English whatever the index's language.
      ...(zh ? { lang: 'en' } : {}),
      ...(page !== localized(route, locale) ? { page_en: page } : {}),
    },
    filters: {
      kind: [searchStrings[locale].policyText],
      type: [documentTitleIn(locale, document).text],
      document: [documentName],
      // No filter by version: over the whole collection it lists every version of every record
      // (770,000 entries), and the search page loads every filter with its first query.
      ...(categories.length ? { category: [...new Set(categories.map((c) => categoryLabelIn(locale, c)))] } : {}),
    },
  };
}

/**
 * One record per document and region for the site bundle, so a query names the documents of every service even
 * when the reader searches the clauses of none or some of them.
 */
export function documentRecords(corpus: Corpus, locale: Locale = DEFAULT_LOCALE): SearchRecord[] {
  const t = searchStrings[locale];
  return corpus.services.flatMap((service) =>
    service.documents.map((document) => {
      const name = documentNameIn(locale, { name: service.name }, document);
      const versions = [...document.versions].sort((a, b) => a.firstRecorded.localeCompare(b.firstRecorded));
      const first = versions[0];
      const last = versions.at(-1);
      const regions = document.regions.length > 1 ? document.regions.map((r) => regionLabelIn(locale, { region: r.id, regionLabel: r.label })) : [];
      const span = first && last ? say(versions.length === 1 ? t.documentSpanOne : t.documentSpan, { n: versions.length, from: formatDateIn(locale, first.firstRecorded), to: formatDateIn(locale, last.firstRecorded) }) : '';
      return {
        url: localized(documentPath(document), locale),
        content: [name, service.name, documentTitleIn(locale, document).text, ...regions].join(' '),
        meta: { title: name, versions: span, ...(last ? { date: last.firstRecorded } : {}) },
        filters: { kind: [t.policyDocument], service: [service.name], type: [documentTitleIn(locale, document).text], document: [name] },
      };
    }),
  );
}

const say = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * News reports as records: their text spaced for CJK search (see cjk.ts),
 * with the unspaced opening kept as a description to show in results.
 */
export function reportRecords(corpus: Corpus, locale: Locale = DEFAULT_LOCALE): SearchRecord[] {
  return corpus.reports.map((report) => {
    const body = report.blocks.map((block) => block.text).join(' ');
    // The English index spaces Chinese a character at a time; the Chinese index segments it into words itself.
    const text = `${report.title} ${body}`;
    return {
      url: localized(reportPath(report), locale),
      content: locale === 'en' ? spaceCjk(text) : text,
      meta: {
        title: report.title,
        description: body.length > 140 ? `${body.slice(0, 140)}…` : body,
        date: report.date,
        source: report.source,
        lang: reportLangTag(report),
      },
      filters: { kind: [searchStrings[locale].newsReport] },
    };
  });
}
