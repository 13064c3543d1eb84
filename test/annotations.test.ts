/**
 * Our annotations re-anchored over the real corpus: each one's version range
 * is what the texts say (checked against the records by reading them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../src/lib/notes/annotation.ts';
import type { AnchoredAnnotation } from '../src/lib/notes/annotations.ts';
import { buildModel } from '../src/lib/pipeline.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
let annotations: AnchoredAnnotation[];

beforeAll(() => {
  annotations = buildModel(projectRoot).annotations;
});

const history = (id: string) => annotations.find((a) => a.data.id === id)!.events.map((e) => `${e.kind}@${e.versionId}`);

describe('the annotations', () => {
  it('number at least 25, each sourced or anchored, each quoting only a short phrase', () => {
    expect(annotations.length).toBeGreaterThanOrEqual(25);
    for (const a of annotations) {
      expect(a.anchors.length, a.data.id).toBeGreaterThan(0);
      expect(a.data.anchor.exact.length, a.data.id).toBeLessThanOrEqual(160);
    }
  });

  it('cover the privacy categories and the terms topics the changes touch', () => {
    const used = new Set(annotations.flatMap((a) => a.data.categories));
    for (const category of ['Third Party Sharing/Collection', 'Data Retention', 'First Party Collection/Use', 'User Choice/Control', 'Licence to content', 'Liability and damages', 'Disputes and governing law', 'Acceptance of changes'] as const) {
      expect(CATEGORIES).toContain(category);
      expect(used.has(category), category).toBe(true);
    }
  });

  it('follow the 2024 privacy changes: collaborators appear, the 18-month cap vanishes', () => {
    expect(history('x-privacy-third-party-collaborators')).toEqual(['appears@2024-10-17']);
    expect(history('x-privacy-collaborators-ai-training')).toEqual(['appears@2024-10-17']);
    expect(history('x-privacy-retention-18-month-cap')).toEqual(['appears@2022-09-04', 'vanishes@2024-10-17']);
    expect(history('x-privacy-retention-depending-on-need')).toEqual(['appears@2024-10-17']);
  });

  it('follow the 2023 changes: X’s own AI training and biometric data appear with the August 2023 announcement', () => {
    expect(history('x-privacy-own-ai-training')[0]).toBe('appears@2023-08-23');
    expect(history('x-privacy-biometric-information')[0]).toBe('appears@2023-08-23');
    expect(history('x-privacy-job-applications')[0]).toBe('appears@2023-08-23');
  });

  it('see the ad-partner retention period change in the text announced in June 2025', () => {
    expect(history('x-privacy-retention-ad-partner-data')).toEqual(['appears@2024-10-17', 'context-changes@2025-06-28']);
  });

  it('follow the terms: AI licence and damages from 2024, Texas venue reworded twice, class actions waived since 2023', () => {
    expect(history('x-terms-licence-ai-training').filter((e) => e.startsWith('appears'))).toEqual(['appears@2024-10-17', 'appears@2024-10-17-eu-efta-uk']);
    expect(history('x-terms-liquidated-damages-usd')[0]).toBe('appears@2024-10-17');
    expect(history('x-terms-liquidated-damages-eur')[0]).toBe('appears@2024-10-17-eu-efta-uk');
    expect(history('x-terms-tarrant-county-venue')).toEqual(['appears@2024-10-17', 'context-changes@2025-12-17', 'context-changes@2026-04-11']);
    // The California clause of 2022-2023 is not the Texas clause reworded: "Texas" is an essential word.
    expect(history('x-terms-texas-law')).toEqual(['appears@2024-10-17', 'context-changes@2025-12-17', 'context-changes@2026-04-11']);
    expect(history('x-terms-class-action-waiver')[0]).toBe('appears@2023-08-23');
    expect(history('x-terms-ireland-eu-disputes')[0]).toBe('appears@2024-10-17-eu-efta-uk');
  });

  it('follow what the 2024 rewrite dropped and added, and the 2026 venue', () => {
    expect(history('x-privacy-daa-opt-out')).toEqual(['appears@2022-09-04', 'context-changes@2023-08-23', 'vanishes@2024-10-17']);
    expect(history('x-privacy-dpo-contact-form').at(-1)).toBe('vanishes@2024-10-17');
    expect(history('x-privacy-api-licensing-fees')[0]).toBe('appears@2022-09-04');
    expect(annotations.find((a) => a.data.id === 'x-privacy-api-licensing-fees')!.anchors).toHaveLength(19);
    expect(history('x-terms-licence-any-purpose').filter((e) => e.startsWith('appears'))).toEqual(['appears@2024-10-17', 'appears@2024-10-17-eu-efta-uk']);
    expect(history('x-terms-x-may-sue-where-you-live').filter((e) => e.startsWith('appears'))).toEqual(['appears@2024-10-17', 'appears@2024-10-17-eu-efta-uk']);
    expect(history('x-terms-venue-patents-pending-affiliates').filter((e) => e.startsWith('appears'))).toEqual(['appears@2025-12-17', 'appears@2025-12-17-eu-efta-uk']);
  });

  it('each answer one to four reader questions, none repeated within a note', () => {
    for (const a of annotations) {
      const questions = a.data.questions;
      expect(questions.length, a.data.id).toBeGreaterThanOrEqual(1);
      expect(questions.length, a.data.id).toBeLessThanOrEqual(4);
      expect(new Set(questions).size, a.data.id).toBe(questions.length);
    }
  });

  it('anchor the EU-only notes in EU texts only', () => {
    for (const id of ['x-terms-liquidated-damages-eur', 'x-terms-eu-30-day-notice', 'x-terms-ireland-eu-disputes']) {
      expect(annotations.find((a) => a.data.id === id)!.anchors.every((a) => a.versionId.includes('eu-efta-uk')), id).toBe(true);
    }
  });
});
