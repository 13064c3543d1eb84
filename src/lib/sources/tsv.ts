/** Tab-separated provenance tables (SOURCES.tsv, RECORDS.tsv), read with line numbers. */
import type { Problem } from '../problems.ts';

export interface TsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Parses a TSV whose header must name `columns` (in any order; extra columns
 * are kept). Rows with the wrong number of fields become problems.
 */
export function parseTsv(
  source: string,
  file: string,
  columns: readonly string[],
): { rows: TsvRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim());
  const missing = columns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    problems.push({
      file,
      line: 1,
      message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      fix: `make the first line the tab-separated column names: ${columns.join(', ')}`,
    });
    return { rows: [], problems };
  }
  const rows: TsvRow[] = [];
  lines.slice(1).forEach((text, index) => {
    const line = index + 2;
    if (text.trim() === '') return;
    const fields = text.split('\t');
    if (fields.length !== header.length) {
      problems.push({
        file,
        line,
        message: `expected ${header.length} tab-separated fields, found ${fields.length}`,
        fix: `give this row one value per column (${header.join(', ')}), separated by tabs`,
      });
      return;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = fields[i]!.trim();
    });
    rows.push({ line, values });
  });
  return { rows, problems };
}
