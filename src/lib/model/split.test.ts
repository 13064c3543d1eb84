import { describe, expect, it } from 'vitest';
import { acmePrivacy, acmeTerms } from '../../../test/fixtures/corpus.ts';
import { parseMarkdown } from './markdown.ts';
import { splitRecord } from './split.ts';

const split = (source: string) => splitRecord(parseMarkdown(source));

describe('splitRecord', () => {
  it('keeps a page with one text whole, with its effective date and where it was read', () => {
    const { texts, supplements } = split(acmePrivacy());
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ region: 'worldwide', effectiveDate: '2024-03-01', effectiveLine: 4, title: 'Acme Privacy Notice' });
    expect(supplements).toEqual([]);
  });

  it('splits an upcoming text from the one "Effective until" its start', () => {
    const upcoming = acmePrivacy({ effective: 'June 1, 2024' }).replace(
      '**Effective: June 1, 2024**',
      '**We updated this notice. This version of the notice will go into effect on June 1, 2024.**',
    );
    const current = acmePrivacy().replace('**Effective: March 1, 2024**', '### Effective until June 1, 2024\n\n**Effective: March 1, 2024**');
    const { texts } = split(`${upcoming}\n[Older notices](https://acme.example/old)\n\n${current}`);
    expect(texts.map((t) => [t.effectiveDate, t.effectiveUntil])).toEqual([
      ['2024-06-01', undefined],
      ['2024-03-01', '2024-06-01'],
    ]);
    // The link above the second title stays with the first text; the second starts at its title.
    expect(texts[1]!.blocks[0]).toMatchObject({ type: 'heading', depth: 1 });
  });

  it('splits a terms page into its regional texts, each with its own closing date', () => {
    const { texts } = split(acmeTerms());
    expect(texts.map((t) => t.region)).toEqual(['worldwide', 'eu-efta-uk']);
    expect(texts.map((t) => t.effectiveDate)).toEqual(['2024-03-01', '2024-03-01']);
    // The closing "**Effective:** ..." line belongs to the text above it.
    expect(texts[0]!.endLine).toBeLessThan(texts[1]!.line);
    expect(texts[1]!.blocks[0]).toMatchObject({ type: 'heading' });
  });

  it('sets aside a titled part with no date statement as a supplement', () => {
    const { texts, supplements } = split(`${acmePrivacy()}\n- - -\n\nWelcome to the Acme Help Corner\n===============================\n\nTips on widgets.\n`);
    expect(texts).toHaveLength(1);
    expect(supplements).toEqual([expect.objectContaining({ title: 'Welcome to the Acme Help Corner' })]);
  });

  // False positives found in the pga-versions collection, as made-up pages.
  it('keeps a page whose every section is a level-1 heading whole (a new title is no marker)', () => {
    const page = '# WHAT WE GATHER\n\nGlobex gathers parcel labels.\n\n# WHOM WE TELL\n\nOnly couriers.\n\n# CONTACT US\n\nWrite to the depot.\n';
    const { texts, supplements } = split(page);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.endLine).toBe(page.trim().split('\n').length);
    expect(supplements).toEqual([]);
  });

  it('keeps a dated policy under an undated page top, and the titled sections after it, in one text', () => {
    const page = 'Globex Help Centre\n\n# What does this notice cover?\n\nEffective: May 1, 2024\n\nParcels.\n\n# What do we gather?\n\nLabels.\n';
    const { texts, supplements } = split(page);
    expect(texts.map((t) => [t.effectiveDate, t.marker])).toEqual([['2024-05-01', undefined]]);
    expect(supplements).toEqual([]);
  });

  it('keeps sections that each repeat the same effective date in one text', () => {
    const section = (title: string) => `${title}\n${'='.repeat(title.length)}\n\nEffective May 1, 2024\n\nGlobex rules about ${title.toLowerCase()}.\n\n`;
    const { texts } = split(section('Parcels') + section('Couriers') + section('Depots'));
    expect(texts.map((t) => [t.effectiveDate, t.marker])).toEqual([['2024-05-01', undefined]]);
  });

  it('splits two dated texts on their titles, and says so', () => {
    const upcoming = acmePrivacy({ effective: 'June 1, 2024' });
    const { texts } = split(`${upcoming}\n${acmePrivacy()}`);
    expect(texts.map((t) => [t.effectiveDate, t.marker])).toEqual([
      ['2024-06-01', undefined],
      ['2024-03-01', 'title'],
    ]);
  });

  it('returns nothing for an empty tree', () => {
    expect(split('')).toEqual({ texts: [], supplements: [] });
  });
});
