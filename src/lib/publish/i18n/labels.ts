/**
 * The model's labels in a page's language: a version's label, its kind, why it
 * is hidden, a note's impact and categories, a region. English falls back to
 * the model's own words, so a label the tables lack still reads.
 */
import type { Version } from '../../model/model.ts';
import { formatDateIn } from './format.ts';
import { LANGUAGE_TAG, type Locale } from './locales.ts';
import { labelStrings } from './ui/labels.ts';
import { versionStrings } from './ui/versions.ts';

type LabelKey = keyof (typeof labelStrings)['en'];

function label(locale: Locale, key: string, fallback: string): string {
  const table = labelStrings[locale] as Record<string, string>;
  return table[key as LabelKey] ?? fallback;
}

export function versionLabelIn(locale: Locale, version: Pick<Version, 'effectiveDate' | 'firstRecorded'>): string {
  const date = (iso: string | undefined) => (iso ? formatDateIn(locale, iso) : undefined);
  return versionStrings[locale].label(date(version.effectiveDate), date(version.firstRecorded)!);
}

export function kindLabelIn(locale: Locale, kind: string): string {
  return kind === 'first' ? versionStrings[locale].firstText : label(locale, `kind.${kind}`, kind);
}

export function impactLabelIn(locale: Locale, impact: string): string {
  return label(locale, `impact.${impact}`, impact);
}

export function categoryLabelIn(locale: Locale, category: string): string {
  return label(locale, `category.${category}`, category);
}

/** A region's label: ours for the regions the splitter knows, else the model's (which names a region the tables lack). */
export function regionLabelIn(locale: Locale, version: Pick<Version, 'region' | 'regionLabel'>): string {
  return locale === 'en' ? version.regionLabel : label(locale, `region.${version.region}`, version.regionLabel);
}

export function anomalyReasonIn(locale: Locale, reason: string): string {
  return label(locale, `anomaly.${reason}`, reason);
}

export function hiddenLabelIn(locale: Locale, version: Pick<Version, 'hidden' | 'anomaly' | 'flicker'>): string | undefined {
  const t = versionStrings[locale];
  switch (version.hidden) {
    case undefined:
      return undefined;
    case 'anomaly':
      return t.hiddenAnomaly(anomalyReasonIn(locale, version.anomaly ?? 'no-policy-text'));
    case 'flicker':
      return t.hiddenFlicker(String(version.flicker?.hours ?? '?'));
    case 'reextraction':
      return t.hiddenReextraction;
    case 'minor':
      return t.hiddenMinor;
  }
}

/**
 * A document's title in the page's language: ours for the kinds of document the tables name, else the
 * service's own (English) title, with the language to mark it in.
 */
export function documentTitleIn(locale: Locale, document: { id: string; title: string }): { text: string; lang: string } {
  if (locale === 'en') return { text: document.title, lang: 'en' };
  const table = labelStrings[locale] as Record<string, string>;
  const ours = table[`document.${document.id}`];
  return ours ? { text: ours, lang: LANGUAGE_TAG[locale] } : { text: document.title, lang: 'en' };
}

/** "X Privacy Policy", "X 隐私政策": a service's name (a brand, never translated) and its document's title. */
export function documentNameIn(locale: Locale, service: { name: string }, document: { id: string; title: string }): string {
  return `${service.name} ${documentTitleIn(locale, document).text}`;
}

/** Characters only Traditional Chinese writes (Simplified has 这 们 个 来 说 为 国 与 会 时 对 后 发 过 还 请 关 于 从 权 据). */
const TRADITIONAL_ONLY = /[這們個來說為國與會時對後發過還請關於從權據]/;

/**
 * A report's language as a BCP 47 tag for `lang`: the detector names Chinese `zh`; the script is what a reader
 * (and a font) needs, so Chinese is tagged zh-Hans or zh-Hant by the characters the report uses.
 */
export function reportLangTag(report: { lang: string; title: string; blocks?: readonly { text: string }[] }): string {
  if (report.lang !== 'zh') return report.lang;
  const sample = [report.title, ...(report.blocks ?? []).slice(0, 5).map((b) => b.text)].join('');
  return TRADITIONAL_ONLY.test(sample) ? 'zh-Hant' : 'zh-Hans';
}
