/**
 * The body of a comparison page as HTML, from a CompareView and a few facts
 * about the two versions. One renderer for both ways a comparison reaches a
 * reader: the prerendered pages put its output in place at build time, and
 * the browser's worker runs the same function on a pair no page holds, so
 * both show the same markup by construction. Pure, no Astro, nothing of
 * Node: it is bundled for the browser too.
 */
import type { KindOfChange } from '../compare/change-kinds.ts';
import type { CompareView, ViewRow } from '../compare/compare-view.ts';
import type { HiddenReason } from '../model/model.ts';
import { formatDateIn, formatNumberIn } from './i18n/format.ts';
import { anomalyReasonIn, documentTitleIn, regionLabelIn } from './i18n/labels.ts';
import { LANGUAGE_TAG, type Locale } from './i18n/locales.ts';
import { compareStrings, type CompareStrings } from './i18n/ui/compare.ts';
import { escapeHtml } from '../escape-html.ts';

/** One side of the pair, or a version it spans: what the page says about it. */
export interface PairVersion {
  id: string;
  firstRecorded: string;
  effectiveDate?: string;
  hidden?: HiddenReason;
  /** For a capture anomaly: the reason's key (labels.ts says it in the page's language). */
  anomaly?: string;
  flickerHours?: number;
  /** Route of the version's page. */
  page: string;
  /** Its page is in English only (translated-pages.ts): a page in another language links the English one. */
  englishOnly?: boolean;
}

/** Our words about a note in other languages, by locale: the English is `title` and `summary`. */
export type NoteTranslations = Readonly<Record<string, { title: string; summary: string }>>;

/** A note beside the change it explains. */
export interface RowNote {
  title: string;
  summary: string;
  translations?: NoteTranslations;
  /** Route of the note's page. */
  page: string;
}

export type Impact = 'expands' | 'reduces' | 'limits' | 'clarifies' | 'neutral';

export interface ImpactEntry {
  title: string;
  translations?: NoteTranslations;
  page: string;
  what: 'appear' | 'change' | 'vanish';
  /** `change-…` on this page, when the change has a row. */
  anchor?: string;
}

/** Why two versions share their first record date (see views.ts sameDayDifference). */
export type SameDay = { why: 'regions'; regions: [string, string] } | { why: 'upcoming' } | { why: 'effective' };

export interface ComparePair {
  /** The service's name (a brand, never translated) and the document, whose title labels.ts translates. */
  name: { service: string; document: { id: string; title: string } };
  /** The region, when the document has more than one. */
  region?: { id: string; label: string };
  before: PairVersion;
  after: PairVersion;
  kind: KindOfChange | 'first';
  sameDay?: SameDay;
  /** Versions of the region between the two. */
  between: PairVersion[];
  /** Routes of the neighbouring comparisons. */
  stepBack?: string;
  stepOn?: string;
  view: CompareView;
  /** Notes anchored in each version, by clause ID. */
  notes: { before: ReadonlyMap<string, readonly RowNote[]>; after: ReadonlyMap<string, readonly RowNote[]> };
  impact: { impact: Impact; items: ImpactEntry[] }[];
}

export interface RenderOptions {
  locale: Locale;
  /** A route as a link on this site: under its base, in the page's language. */
  href: (route: string) => string;
  /** A route as a link to its English page, under the base: for a version page in English only. */
  englishHref?: (route: string) => string;
  /** Route of the page that says what each kind of change means. */
  kindsPath: string;
}

/** The parts of the page, in order; the page puts its own parts (stories, the picker) between them. */
export interface ComparePairHtml {
  title: string;
  description: string;
  heading: string;
  impact: string;
  summary: string;
  /** The side-by-side / inline switch and its legend, at the end of the page header. */
  viewSwitch: string;
  /** The rows, under their column labels. */
  changes: string;
  /**
   * Offsets in `changes` where a row ends, the first after about a screenful and then about every `CHUNK_AFTER`
   * characters, none before a short rest: where the browser may insert a computed pair's rows in parts, so the
   * first rows are painted before the rest are laid out (each part waits a frame, which a short rest would not
   * gain). A prerendered page ignores them.
   */
  rowChunkEnds: number[];
}

/**
 * Characters of rows before the first break (about a screen of rows; the page's header above them is taller than a
 * screen on a long pair), then between breaks. X's furthest pair, about 255,000 characters, took 180 ms to lay out at
 * once before its first frame.
 */
const FIRST_CHUNK = 10_000;
const CHUNK_AFTER = 200_000;

const attr = escapeHtml;

/** A string from the tables with `html` put where the template held `\u0000`: the rest escaped. */
const around = (template: string, html: string) => escapeHtml(template).replace('\u0000', html);

/** The placeholders `fill` replaces, one per HTML argument, in order. */
const SLOTS = ['\u0001', '\u0002', '\u0003'] as const;
/** A string from the tables made with `SLOTS` for arguments: escaped, then each slot replaced by its HTML. */
const fill = (template: string, ...html: string[]) => html.reduce((out, part, i) => out.replace(SLOTS[i]!, part), escapeHtml(template));

/**
 * Our words about a note in the page's language: Termline's translation, else the English marked lang="en".
 * Marked `data-translated` as on note pages: translated prose may quote the policy's English words.
 */
function noteWordsHtml(locale: Locale, note: Pick<RowNote, 'title' | 'summary' | 'translations'>): { title: string; summary: string } {
  if (locale === 'en') return { title: escapeHtml(note.title), summary: escapeHtml(note.summary) };
  const found = note.translations?.[locale];
  const lang = found ? '' : ` lang="${LANGUAGE_TAG.en}"`;
  const words = (text: string) => `<span${lang} data-translated>${escapeHtml(text)}</span>`;
  return { title: words(found?.title ?? note.title), summary: words(found?.summary ?? note.summary) };
}

const ROW_BADGE = { unchanged: 'rowUnchanged', modified: 'rowModified', added: 'rowAdded', removed: 'rowRemoved', moved: 'rowMoved' } as const;
const KIND_LABEL = {
  first: 'kindFirst',
  substantive: 'kindSubstantive',
  spelling: 'kindSpelling',
  link: 'kindLink',
  artefact: 'kindArtefact',
  formatting: 'kindFormatting',
} as const;
const IMPACT_LABEL = { expands: 'impactExpands', reduces: 'impactReduces', limits: 'impactLimits', clarifies: 'impactClarifies', neutral: 'impactNeutral' } as const;
const WHAT = { appear: 'wordsAdded', change: 'wordsReworded', vanish: 'wordsRemoved' } as const;

/** The kind of a change or version in words. */
export const kindLabelIn = (locale: Locale, kind: KindOfChange | 'first') => compareStrings[locale][KIND_LABEL[kind]];

/**
 * The earlier column's redline: what was there, deletions struck. Insertions are only in the later column, which the
 * one-column view shows with both; `<ins>` never nests and escaped text holds no tag, so a pattern finds each.
 */
const withoutInsertions = (redline: string) => redline.replace(/<ins>[\s\S]*?<\/ins>/g, '');

/**
 * `href="…"` of a link to a version's page (a `#fragment` allowed): on a page in another language, a version whose
 * page is in English only is linked there, marked `hreflang="en"`.
 */
function versionLinkAttrs(version: Pick<PairVersion, 'englishOnly'>, route: string, { locale, href, englishHref = href }: Pick<RenderOptions, 'locale' | 'href' | 'englishHref'>): string {
  return locale !== 'en' && version.englishOnly ? `href="${attr(englishHref(route))}" hreflang="en"` : `href="${attr(href(route))}"`;
}

/** Changes to links only, or from the capture, fold behind one line: they run long and say nothing new. */
const folds = (row: ViewRow) => row.changeKind === 'link' || row.changeKind === 'artefact';

/** The rows of a comparison: changed clauses carry one redline that CSS shows in two columns or one; unchanged runs fold. */
export function changeRowsHtml(view: CompareView, pair: Pick<ComparePair, 'before' | 'after' | 'notes'>, options: Pick<RenderOptions, 'locale' | 'href' | 'englishHref'>): string {
  return changeRowParts(view, pair, options).join('');
}

/** Each row (or fold, or run) of `changeRowsHtml` on its own. */
function changeRowParts(
  view: CompareView,
  pair: Pick<ComparePair, 'before' | 'after' | 'notes'>,
  { locale, href, englishHref }: Pick<RenderOptions, 'locale' | 'href' | 'englishHref'>,
): string[] {
  const t = compareStrings[locale];
  // Policy text keeps its own language on a page in another one.
  const lang = locale === 'en' ? '' : ' lang="en"';
  const unchanged = (row: ViewRow) => `<div class="row row-unchanged" id="${attr(row.anchor)}"><div class="cell both"${lang}>${row.html ?? ''}</div></div>`;
  const notesOf = (row: ViewRow) => (row.kind === 'removed' ? pair.notes.before : pair.notes.after).get(row.clauseId) ?? [];
  // The section's title is the policy's own words: English, whatever the page's language.
  const where = (row: ViewRow) =>
    row.where ? `<span class="where">${around(t.where('\u0000'), `<span${lang}>${escapeHtml(row.where)}</span>`)}</span>` : '';

  // A run of unchanged clauses costs one line, not its text: where it stands, and links to read it in either version.
  const unchangedRun = (rows: readonly ViewRow[], clauses: number) => {
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const title = (text: string) => `<span${lang}>${escapeHtml(text)}</span>`;
    const where = !first.where ? '' : first.where === last.where || !last.where ? fill(t.runIn(SLOTS[0]), title(first.where)) : fill(t.runFromTo(SLOTS[0], SLOTS[1]), title(first.where), title(last.where));
    const earlier = `<a ${versionLinkAttrs(pair.before, `${pair.before.page}#${first.oldClauseId ?? first.clauseId}`, { locale, href, englishHref })}>${t.inEarlier}</a>`;
    const later = `<a ${versionLinkAttrs(pair.after, `${pair.after.page}#${first.clauseId}`, { locale, href, englishHref })}>${t.inLater}</a>`;
    return `<p class="unchanged-run">${fill(t.unchangedRun(clauses, SLOTS[0], SLOTS[1], SLOTS[2]), where, earlier, later)}</p>`;
  };

  const changed = (row: ViewRow) => {
    const side = row.kind === 'removed' ? pair.before : pair.after;
    const inContext = versionLinkAttrs(side, `${side.page}#${row.clauseId}`, { locale, href, englishHref });
    const notes = notesOf(row);
    const html = [
      `<div class="row row-${row.kind}"${folds(row) ? '' : ` id="${attr(row.anchor)}"`}>`,
      '<p class="row-meta">',
      `<span class="badge">${t[ROW_BADGE[row.kind]]}</span>`,
      // The heading it moved from is the policy's words; "the top" is ours.
      row.kind === 'moved' ? `<span>${row.movedFrom ? around(t.movedFrom('\u0000'), `<span${lang}>${escapeHtml(row.movedFrom)}</span>`) : escapeHtml(t.movedFrom(t.movedFromTop))}</span>` : '',
      row.split ? `<span> ${escapeHtml(t.split(row.split.old, row.split.new))}</span>` : '',
      where(row),
      `<a class="permalink" href="#${attr(row.anchor)}"><span aria-hidden="true">¶</span><span class="visually-hidden">${t.linkToChange}</span></a>`,
      `<a class="in-context" ${inContext}>${row.kind === 'removed' ? t.inEarlier : t.inLater}</a>`,
      '</p>',
      notes.length > 0
        ? `<ul class="row-notes">${notes
            .map((n) => {
              const words = noteWordsHtml(locale, n);
              return `<li><span class="note-label">${t.noteLabel}</span> <a href="${attr(href(n.page))}">${words.title}</a>: ${words.summary}</li>`;
            })
            .join('')}</ul>`
        : '',
      `<div class="cell old"><span class="cell-label">${t.cellBefore}</span>`,
      row.kind === 'added' ? `<p class="empty">${t.notInEarlier}</p>` : `<p class="redline"${lang}>${withoutInsertions(row.redline ?? '')}</p>`,
      '</div>',
      `<div class="cell new"><span class="cell-label">${t.cellAfter}</span>`,
      // A removed clause's text is written once, in the earlier column, which the one-column views show for it.
      row.kind === 'removed' ? `<p class="empty">${t.notInLater}</p>` : `<p class="redline"${lang}>${row.redline ?? ''}</p>`,
      '</div></div>',
    ].join('');
    if (!folds(row)) return html;
    return [
      `<details class="row-fold" id="${attr(row.anchor)}"><summary>`,
      `<span class="badge">${kindLabelIn(locale, row.changeKind!)}</span>`,
      where(row),
      `: <span${lang}>“${escapeHtml(row.excerpt)}”</span></summary>`,
      html,
      '</details>',
    ].join('');
  };

  return view.items
    .map((item) => {
      if (item.type === 'unchanged-run') return unchangedRun(item.rows, item.clauses);
      const row = item.row;
      if (row.type === 'section') {
        const tag = `h${row.level ?? 2}`;
        const badge = row.kind === 'unchanged' ? '' : `<span class="badge">${t.headingBadge(t[ROW_BADGE[row.kind]])}</span> `;
        const text = row.redline ? `<span class="redline inline"${lang}>${row.redline}</span>` : lang ? `<span${lang}>${row.html ?? ''}</span>` : (row.html ?? '');
        return `<${tag} class="row-heading row-${row.kind}" id="${attr(row.anchor)}">${badge}${text}</${tag}>`;
      }
      return row.kind === 'unchanged' ? unchanged(row) : changed(row);
    });
}

/** Where `parts`, written one after another from `start`, can be split (see ComparePairHtml.rowChunkEnds). */
export function chunkEnds(parts: readonly string[], start: number): number[] {
  const ends: number[] = [];
  let left = parts.reduce((sum, part) => sum + part.length, 0);
  let at = start;
  let since = 0;
  for (const part of parts.slice(0, -1)) {
    at += part.length;
    since += part.length;
    left -= part.length;
    // A part costs a frame: none for a short rest (a screenful after the first part, half a part after a later one).
    if (ends.length === 0 ? since >= FIRST_CHUNK && left >= FIRST_CHUNK : since >= CHUNK_AFTER && left >= CHUNK_AFTER / 2) {
      ends.push(at);
      since = 0;
    }
  }
  return ends;
}

function versionLabel(t: CompareStrings, locale: Locale, v: PairVersion): string {
  const recorded = formatDateIn(locale, v.firstRecorded);
  return v.effectiveDate ? t.versionLabel(formatDateIn(locale, v.effectiveDate), recorded) : t.versionLabelUndated(recorded);
}

function hiddenLabel(t: CompareStrings, locale: Locale, v: PairVersion): string | undefined {
  switch (v.hidden) {
    case undefined:
      return undefined;
    case 'anomaly':
      return t.hiddenAnomaly(anomalyReasonIn(locale, v.anomaly ?? 'no-policy-text'));
    case 'flicker':
      return t.hiddenFlicker(v.flickerHours === undefined ? '?' : String(v.flickerHours));
    case 'reextraction':
      return t.hiddenReextraction;
    case 'minor':
      return t.hiddenMinor;
  }
}

function sameDayText(t: CompareStrings, sameDay: SameDay): string {
  if (sameDay.why === 'regions') return t.sameDayRegions(...sameDay.regions);
  return sameDay.why === 'upcoming' ? t.sameDayUpcoming : t.sameDayEffective;
}

/** Every part of a comparison page that depends on the pair. */
export function comparePairHtml(pair: ComparePair, options: RenderOptions): ComparePairHtml {
  const { locale, href } = options;
  const t = compareStrings[locale];
  const date = (iso: string) => formatDateIn(locale, iso);
  const time = (iso: string) => `<time datetime="${attr(iso)}">${date(iso)}</time>`;
  const number = (n: number) => formatNumberIn(locale, n);
  const lang = locale === 'en' ? '' : ' lang="en"';
  const { before, after, view } = pair;
  // "X Privacy Policy", "X 隐私政策": a title the tables lack stays the service's English, marked so.
  const documentTitle = documentTitleIn(locale, pair.name.document);
  const region = pair.region && regionLabelIn(locale, { region: pair.region.id, regionLabel: pair.region.label });
  const name = `${pair.name.service} ${documentTitle.text}`;
  const heading = region ? t.headingWithRegion(name, region) : name;
  const titleLang = locale !== 'en' && documentTitle.lang !== LANGUAGE_TAG[locale] ? ` lang="${attr(documentTitle.lang)}"` : '';
  const headingInner = around(t.title(region ? t.headingWithRegion('\u0000', region) : '\u0000'), `${escapeHtml(pair.name.service)} <span${titleLang}>${escapeHtml(documentTitle.text)}</span>`);
  const kindBadge = (kind: KindOfChange | 'first') =>
    `<a class="kind kind-of-change-${kind}" href="${attr(href(`${options.kindsPath}#${kind}`))}">${kindLabelIn(locale, kind)}</a>`;

  const title = pair.sameDay
    ? t.pageTitleSameDay(heading, versionLabel(t, locale, before), versionLabel(t, locale, after))
    : t.pageTitle(heading, date(before.firstRecorded), date(after.firstRecorded));

  const headingHtml = `<h1>${titleLang ? headingInner : escapeHtml(t.title(heading))}<span class="subtitle">${t.fromVersion} <a ${versionLinkAttrs(before, before.page, options)}>${escapeHtml(
    versionLabel(t, locale, before),
  )}</a> ${t.toVersion} <a ${versionLinkAttrs(after, after.page, options)}>${escapeHtml(versionLabel(t, locale, after))}</a></span></h1>`;

  const impact =
    pair.impact.length === 0
      ? ''
      : [
          `<section class="impact-summary" aria-labelledby="impact-title"><h2 id="impact-title">${t.impactTitle}</h2><p class="note">${t.impactIntro}</p>`,
          ...pair.impact.map(
            (group) =>
              `<section aria-labelledby="impact-${group.impact}"><h3 id="impact-${group.impact}">${t[IMPACT_LABEL[group.impact]]}</h3><ul>${group.items
                .map(
                  (item) =>
                    `<li>${item.anchor ? `<a href="#${attr(item.anchor)}">${noteWordsHtml(locale, { ...item, summary: '' }).title}</a>` : noteWordsHtml(locale, { ...item, summary: '' }).title} <span class="note">(${t[WHAT[item.what]]} · <a href="${attr(
                      href(item.page),
                    )}">${t.theNote}</a>)</span></li>`,
                )
                .join('')}</ul></section>`,
          ),
          '</section>',
        ].join('');

  const between =
    pair.between.length === 0
      ? ''
      : `${escapeHtml(t.spans(pair.between.length))}${pair.between
          .map((v, i) => {
            const hidden = hiddenLabel(t, locale, v);
            return `${i > 0 ? ', ' : ''}<a ${versionLinkAttrs(v, v.page, options)}>${date(v.firstRecorded)}</a>${hidden ? `<span class="note"> ${t.hidden} ${escapeHtml(hidden)}</span>` : ''}`;
          })
          .join('')}${locale === 'zh' ? '）。' : ').'}`;
  const counts = view.counts;
  const clauses = (n: number) => t.clauses(n, number(n));
  const count = (label: string, value: string) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const minorKinds = (['spelling', 'link', 'artefact', 'formatting'] as const).filter((k) => view.byKind[k] > 0);
  const jump = view.jump
    .map((row) => {
      const minor = row.changeKind && row.changeKind !== 'substantive' ? `<span class="note">(${kindLabelIn(locale, row.changeKind)})</span>` : '';
      const excerpt = row.type === 'clause' ? `<span${lang}>“${escapeHtml(row.excerpt)}”</span>` : '';
      const label = row.type === 'section' ? t.headingBadge(t[ROW_BADGE[row.kind]]) : t[ROW_BADGE[row.kind]];
      return `<li><a href="#${attr(row.anchor)}">${label}</a> ${minor} ${excerpt} <span class="note"${lang}>${escapeHtml(row.where)}</span></li>`;
    })
    .join('');
  const summary = [
    `<section class="summary" aria-labelledby="summary-title"><h2 id="summary-title">${t.summary}</h2>`,
    `<p class="kind-line">${t.kindOfChange} ${kindBadge(pair.kind)}${locale === 'zh' ? '。' : '.'}`,
    pair.sameDay ? escapeHtml(t.bothRecorded(date(after.firstRecorded), sameDayText(t, pair.sameDay))) : '',
    between,
    '</p>',
    '<dl class="counts">',
    count(t.rowAdded, clauses(counts.added)),
    count(t.rowRemoved, clauses(counts.removed)),
    count(t.rowModified, clauses(counts.modified)),
    count(t.rowMoved, clauses(counts.moved)),
    count(t.rowUnchanged, clauses(counts.unchanged)),
    count(t.words, t.wordCounts(number(view.words.added), number(view.words.removed))),
    '</dl>',
    minorKinds.length > 0
      ? `<p class="note">${t.byKind(view.byKind.substantive)}${minorKinds.map((k) => `${number(view.byKind[k])} ${kindLabelIn(locale, k)}`).join(locale === 'zh' ? '，' : ', ')} (<a href="${attr(
          href(options.kindsPath),
        )}">${t.whatTheseMean}</a>).${t.foldNote}</p>`
      : '',
    before.effectiveDate || after.effectiveDate
      ? `<p>${t.effectiveDates} ${before.effectiveDate ? time(before.effectiveDate) : t.none} → ${after.effectiveDate ? time(after.effectiveDate) : t.none}.</p>`
      : '',
    `<nav aria-label="${attr(t.neighbours)}" class="version-nav"><ul>`,
    pair.stepBack ? `<li><a href="${attr(href(pair.stepBack))}" rel="prev">${t.changeBefore}</a></li>` : '',
    pair.stepOn ? `<li><a href="${attr(href(pair.stepOn))}" rel="next">${t.changeAfter}</a></li>` : '',
    '</ul></nav>',
    view.jump.length > 0 ? `<details class="jump"${view.jump.length <= 40 ? ' open' : ''}><summary>${t.jump(view.jump.length)}</summary><ol>${jump}</ol></details>` : '',
    '</section>',
  ].join('');

  // Two texts first recorded the same day are told apart by their stated effective dates.
  const column = (v: PairVersion) => (pair.sameDay && v.effectiveDate ? t.effectiveOn(date(v.effectiveDate)) : date(v.firstRecorded));
  const viewSwitch = [
    `<fieldset class="view-switch"><legend>${t.showChanges}</legend>`,
    `<input type="radio" name="view" id="view-side" value="side" checked><label for="view-side">${t.sideBySide}</label>`,
    `<input type="radio" name="view" id="view-inline" value="inline"><label for="view-inline">${t.inline}</label></fieldset>`,
    `<p class="note legend">${t.legendBefore}<del>${t.struckThrough}</del>${t.legendMiddle}<ins>${t.underlined}</ins>${around(t.legendAfter('\u0000'), `<code${lang}>[link: …]</code>`)}</p>`,
  ].join('');
  const head = [
    `<section class="changes" aria-label="${attr(t.changesLabel)}">`,
    `<div class="columns" aria-hidden="true"><span>${escapeHtml(t.columnBefore(column(before)))}</span><span>${escapeHtml(t.columnAfter(column(after)))}</span></div>`,
  ].join('');
  const rows = changeRowParts(view, pair, options);
  const changes = `${head}${rows.join('')}</section>`;

  return {
    title,
    description: t.pageDescription(heading, date(before.firstRecorded), date(after.firstRecorded)),
    heading: headingHtml,
    impact,
    summary,
    viewSwitch,
    changes,
    rowChunkEnds: chunkEnds(rows, head.length),
  };
}
