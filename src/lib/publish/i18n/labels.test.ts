import { describe, expect, it } from 'vitest';
import { KINDS_OF_CHANGE } from '../../compare/change-kinds.ts';
import { ANOMALY_REASONS } from '../../model/anomalies.ts';
import { CATEGORIES, IMPACTS } from '../../notes/annotation.ts';
import { DEFAULT_REGION_RULES } from '../../model/split.ts';
import { hiddenLabel, kindLabel, versionLabel } from '../views.ts';
import { anomalyReasonIn, categoryLabelIn, hiddenLabelIn, impactLabelIn, kindLabelIn, regionLabelIn, reportLangTag, versionLabelIn } from './labels.ts';

const version = { effectiveDate: '2024-11-15', firstRecorded: '2024-10-17' } as const;

describe('labels in a locale', () => {
  it('says in English exactly what the model says', () => {
    expect(versionLabelIn('en', version)).toBe(versionLabel(version as never));
    for (const kind of Object.keys(KINDS_OF_CHANGE)) expect(kindLabelIn('en', kind)).toBe(kindLabel({ kind } as never));
    for (const [impact, words] of Object.entries(IMPACTS)) expect(impactLabelIn('en', impact)).toBe(words);
    for (const category of CATEGORIES) expect(categoryLabelIn('en', category)).toBe(category);
    for (const [reason, words] of Object.entries(ANOMALY_REASONS)) expect(anomalyReasonIn('en', reason)).toBe(words);
    for (const rule of DEFAULT_REGION_RULES) expect(regionLabelIn('en', { region: rule.id, regionLabel: rule.label })).toBe(rule.label);
    for (const hidden of ['reextraction', 'minor', 'anomaly'] as const) expect(hiddenLabelIn('en', { hidden, anomaly: 'empty' })).toBe(hiddenLabel({ hidden, anomaly: 'empty' }));
  });

  it('has a Chinese label for every kind, impact, category, region and anomaly the model knows', () => {
    const chinese = /\p{Script=Han}/u;
    for (const kind of [...Object.keys(KINDS_OF_CHANGE), 'first']) expect(kindLabelIn('zh', kind)).toMatch(chinese);
    for (const impact of Object.keys(IMPACTS)) expect(impactLabelIn('zh', impact)).toMatch(chinese);
    for (const category of CATEGORIES) expect(categoryLabelIn('zh', category)).toMatch(chinese);
    for (const reason of Object.keys(ANOMALY_REASONS)) expect(anomalyReasonIn('zh', reason)).toMatch(chinese);
    for (const rule of DEFAULT_REGION_RULES) expect(regionLabelIn('zh', { region: rule.id, regionLabel: rule.label })).toMatch(chinese);
  });

  it('writes a version label with Chinese dates', () => {
    expect(versionLabelIn('zh', version)).toBe('2024年11月15日生效，首次记录于2024年10月17日');
    expect(versionLabelIn('zh', { firstRecorded: '2023-09-29' })).toBe('未注明生效日期，首次记录于2023年9月29日');
  });

  it('falls back to the model’s words for a region the tables lack', () => {
    expect(regionLabelIn('zh', { region: 'mars', regionLabel: 'Mars' })).toBe('Mars');
  });
});

describe('reportLangTag', () => {
  it('names the script of a Chinese report, and leaves other languages alone', () => {
    expect(reportLangTag({ lang: 'zh', title: '平台更新了隐私政策，这是我们的报道' })).toBe('zh-Hans');
    expect(reportLangTag({ lang: 'zh', title: '平台更新了隱私政策，這是我們的報導' })).toBe('zh-Hant');
    expect(reportLangTag({ lang: 'en', title: 'A report' })).toBe('en');
  });
});
