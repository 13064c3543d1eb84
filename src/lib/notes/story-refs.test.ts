import { describe, expect, it } from 'vitest';
import { clauseRefsIn } from './story-refs.ts';

describe('clauseRefsIn', () => {
  it('finds quoted, redlined and linked clauses, once each', () => {
    const body = [
      'Acme [now shares more](clause:acme/privacy@2024-01-02#2-sharing/partners) with partners.',
      '<ClauseQuote ref="acme/privacy#2-sharing/partners" />',
      '<MiniCompare ref="acme/terms#1-use/scraping" from="2024-01-02" to="2024-03-04" />',
      '<ClauseQuote ref="acme/privacy#2-sharing/partners" />',
      'A [plain link](https://example.org/clause) is no clause.',
    ].join('\n');
    expect(clauseRefsIn(body)).toEqual(['acme/privacy@2024-01-02#2-sharing/partners', 'acme/privacy#2-sharing/partners', 'acme/terms#1-use/scraping']);
  });
});
