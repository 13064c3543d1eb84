import { describe, expect, it } from 'vitest';
import { LINK_CLOSE, LINK_OPEN } from '../model/render.ts';
import { heavier, kindOfEdits, kindOfTextChange, kindOfWholeClause, withoutTracking, wordSet } from './change-kinds.ts';
import { diffText } from './word-diff.ts';

const link = (address: string) => ` ${LINK_OPEN}${address}${LINK_CLOSE}`;

describe('kinds of change', () => {
  it('formatting: the same words and links', () => {
    expect(kindOfTextChange('Write to us at the desk.', 'Write  to us\nat the desk.')).toBe('formatting');
  });

  it('capture artefact: an e-mail address the host hid, either way', () => {
    const shown = `Mail us at help@example.test${link('mailto:help@example.test')} today.`;
    const hidden = `Mail us at [email protected]${link('https://example.test/cdn-cgi/l/email-protection')} today.`;
    expect(kindOfTextChange(shown, hidden)).toBe('artefact');
    expect(kindOfTextChange(hidden, shown)).toBe('artefact');
    expect(kindOfTextChange(shown, hidden.replace(' ', '\u00a0'))).toBe('artefact');
  });

  it('capture artefact: tracking parameters added to an address', () => {
    const before = `See our rules${link('https://example.test/rules?lang=en')}.`;
    const after = `See our rules${link('https://example.test/rules?lang=en&utm_source=feed&utm_medium=x')}.`;
    expect(kindOfTextChange(before, after)).toBe('artefact');
    expect(withoutTracking('https://a.test/p?utm_source=x&id=3#top')).toBe('https://a.test/p?id=3#top');
  });

  it('a changed e-mail address, neither hidden, is substantive', () => {
    expect(kindOfTextChange('Mail us at help@example.test.', 'Mail us at legal@example.test.')).toBe('substantive');
  });

  it('link-only: a link address changed, or an address written out', () => {
    expect(kindOfTextChange(`Read the rules${link('https://old.example.test/rules')}.`, `Read the rules${link('https://new.example.test/policies')}.`)).toBe('link');
    expect(kindOfTextChange('Terms are at https://example.test/terms.html for you.', 'Terms are at https://example.test/terms for you.')).toBe('link');
    expect(kindOfTextChange('Use the order form.', `Use the order form${link('https://example.test/order')}.`)).toBe('link');
  });

  it('spelling, punctuation or spacing only', () => {
    const context = { before: wordSet(['our affilitates and partners; corporate affiliates']), after: wordSet(['our affiliates and partners; corporate affiliates']) };
    expect(kindOfTextChange('We share with our affilitates.', 'We share with our affiliates.', context)).toBe('spelling');
    expect(kindOfTextChange('Data, and settings', 'Data And settings')).toBe('spelling');
    expect(kindOfTextChange('in force – today', 'in force –today')).toBe('spelling');
  });

  it('substantive: words added, removed or replaced, even a letter apart', () => {
    expect(kindOfTextChange('We keep it for 90 days.', 'We keep it for 12 months.')).toBe('substantive');
    expect(kindOfTextChange('We keep it for 90 days.', 'We keep it for 900 days.')).toBe('substantive');
    // "deny" is still used elsewhere in the later text: replacing it is no typo fix.
    const kept = { before: wordSet(['we deny access; we deny requests; you defy rules']), after: wordSet(['we defy access; we deny requests; you defy rules']) };
    expect(kindOfTextChange('We deny access.', 'We defy access.', kept)).toBe('substantive');
    // "lease" is new to the text: a new word, not a typo fixed.
    const fresh = { before: wordSet(['we will least sell it']), after: wordSet(['we will lease it']) };
    expect(kindOfTextChange('We will least sell it.', 'We will lease sell it.', fresh)).toBe('substantive');
    expect(kindOfTextChange('A Twitter account.', 'An X account.')).toBe('substantive');
  });

  it('the heaviest change decides: a link and a typo together are spelling', () => {
    const edits = diffText(`Our affilitates${link('https://a.test/old')} help.`, `Our affiliates${link('https://a.test/new')} help.`);
    expect(kindOfEdits(edits)).toBe('spelling');
    expect(heavier('link', 'artefact')).toBe('link');
    expect(heavier('spelling', 'substantive')).toBe('substantive');
  });

  it('a clause added or removed whole is substantive unless it holds no words', () => {
    expect(kindOfWholeClause('A new rule for everyone.')).toBe('substantive');
    expect(kindOfWholeClause(`https://example.test/help${link('https://example.test/help')}`)).toBe('link');
  });
});
