import { describe, expect, it } from 'vitest';
import { highlightHtml } from './highlight.ts';

const mark = (text: string, start = 0, of = 0) => ({ text, start, of, properties: { className: 'annotated' } });

describe('highlightHtml', () => {
  it('wraps the phrase in <mark>', () => {
    expect(highlightHtml('We keep <strong>orders</strong> for 90 days.', [mark('for 90 days')])).toBe(
      'We keep <strong>orders</strong> <mark class="annotated">for 90 days</mark>.',
    );
  });

  it('marks across inline elements, piece by piece', () => {
    expect(highlightHtml('<strong>Partners.</strong> They may train models.', [mark('Partners. They may')])).toBe(
      '<strong><mark class="annotated">Partners.</mark></strong><mark class="annotated"> They may</mark> train models.',
    );
  });

  it('picks the occurrence nearest the anchor when the words repeat', () => {
    const html = highlightHtml('up to 90 days here, and up to 90 days there', [mark('up to 90 days', 24, 44)]);
    expect(html).toBe('up to 90 days here, and <mark class="annotated">up to 90 days</mark> there');
  });

  it('leaves the HTML alone when the words are not there', () => {
    expect(highlightHtml('<em>Nothing</em> to see.', [mark('absent words')])).toBe('<em>Nothing</em> to see.');
  });
});
