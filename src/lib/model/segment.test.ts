import { describe, expect, it } from 'vitest';
import { acmePrivacy, acmeTerms } from '../../../test/fixtures/corpus.ts';
import { parseMarkdown } from './markdown.ts';
import type { Clause } from './model.ts';
import { segmentText } from './segment.ts';
import { DEFAULT_REGION_RULES, splitRecord } from './split.ts';

function segment(source: string, index = 0) {
  const text = splitRecord(parseMarkdown(source)).texts[index]!;
  return segmentText(text.blocks, { base: 'https://acme.example/privacy', regionRules: DEFAULT_REGION_RULES });
}

const clauses = (blocks: ReturnType<typeof segment>) => blocks.filter((b): b is Clause => b.type === 'clause');

describe('segmentText', () => {
  it('keeps a date line out of the IDs of the clauses below it, and its own ID free of the date', () => {
    const page = (updated: string) =>
      `# Globex Parcel Rules\n\n#### Last Updated: ${updated}\n\n## 1.Sending parcels\n\nGlobex carries boxes up to ten kilos.\n\n### 1.a.Heavy boxes\n\nHeavier boxes travel by cart.\n\nRevised 3 May, 2024\n`;
    const ids = (source: string) => segmentText(parseMarkdown(source).children).map((b) => b.id);
    expect(ids(page('February 5, 2024'))).toEqual([
      'last-updated',
      '1-sending-parcels',
      '1-sending-parcels/globex-carries-boxes-up-ten-kilos',
      '1-sending-parcels/1-a-heavy-boxes',
      '1-sending-parcels/1-a-heavy-boxes/heavier-boxes-travel-by-cart',
      '1-sending-parcels/1-a-heavy-boxes/revised',
    ]);
    expect(ids(page('14 August, 2025'))).toEqual(ids(page('February 5, 2024')));
  });

  it('turns headings and bold sub-headings into sections and names clauses by their heading path', () => {
    const blocks = segment(acmePrivacy());
    expect(blocks.filter((b) => b.type === 'section').map((b) => b.id)).toEqual([
      '1-what-we-gather',
      '1-what-we-gather/1-1-details-you-give-us',
      '2-how-we-pass-things-on',
      '2-how-we-pass-things-on/2-1-with-helpers',
      '3-how-long-we-hold-things',
    ]);
    expect(clauses(blocks).map((c) => c.id)).toEqual([
      '1-what-we-gather/acme-gathers-details-you-type-into',
      '1-what-we-gather/1-1-details-you-give-us/account-details',
      '1-what-we-gather/1-1-details-you-give-us/order-details',
      '2-how-we-pass-things-on/2-1-with-helpers/delivery-partners',
      '2-how-we-pass-things-on/2-1-with-helpers/model-builders',
      '3-how-long-we-hold-things/we-hold-order-records-for-no',
    ]);
  });

  it('leaves titles, date lines and region headings out of the content', () => {
    const texts = clauses(segment(acmeTerms(), 1)).map((c) => c.text);
    expect(texts.some((t) => /Effective|If you live/.test(t))).toBe(false);
    expect(texts).toContain('Copying more than a thousand listings a day costs €50 EUR per thousand.');
  });

  it('keeps IDs when a clause is reworded after its lead-in', () => {
    const before = clauses(segment(acmePrivacy()));
    const after = clauses(segment(acmePrivacy({ sharing: 'Couriers and lockers receive your street address.' })));
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
  });

  it('gives repeated clauses distinct IDs', () => {
    const blocks = clauses(segment('# T\n\n**Effective: May 1, 2024**\n\nSame words here.\n\nSame words here.\n'));
    expect(blocks.map((c) => c.id)).toEqual(['same-words-here', 'same-words-here-2']);
  });

  it('makes each list item and table row its own clause', () => {
    const blocks = clauses(segment('# T\n\nEffective: May 1, 2024\n\n* one thing\n* two things\n\n| Kind | Kept |\n| --- | --- |\n| Orders | 2 years |\n'));
    expect(blocks.map((c) => c.kind)).toEqual(['list-item', 'list-item', 'table-row', 'table-row']);
    expect(blocks[2]).toMatchObject({ header: true, html: '<th>Kind</th><th>Kept</th>' });
    expect(blocks[3]!.text).toBe('Orders | 2 years');
    expect(blocks[0]!.group).toEqual(blocks[1]!.group);
  });

  it('renders a lone-paragraph list item the same whether the list is loose or tight', () => {
    const tight = clauses(segment('# T\n\n* **A.** one\n* **B.** two\n'));
    const loose = clauses(segment('# T\n\n* **A.** one\n    \n* **B.** two\n'));
    expect(loose.map((c) => c.html)).toEqual(tight.map((c) => c.html));
  });
});
