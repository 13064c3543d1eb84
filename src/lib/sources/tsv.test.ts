import { describe, expect, it } from 'vitest';
import { parseTsv } from './tsv.ts';

describe('parseTsv', () => {
  it('reads rows by column name with their line numbers', () => {
    const { rows, problems } = parseTsv('path\tsha\na.md\t1\n\nb.md\t2\n', 'S.tsv', ['path', 'sha']);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, values: { path: 'a.md', sha: '1' } },
      { line: 4, values: { path: 'b.md', sha: '2' } },
    ]);
  });

  it('names a missing column and a short row', () => {
    expect(parseTsv('path\n', 'S.tsv', ['path', 'sha']).problems[0]).toMatchObject({ line: 1, message: 'the header lacks the column sha' });
    expect(parseTsv('path\tsha\na.md\n', 'S.tsv', ['path', 'sha']).problems[0]).toMatchObject({ line: 2, message: 'expected 2 tab-separated fields, found 1' });
  });
});
