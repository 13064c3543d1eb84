/** The corpus's news/ folder: every report read, cleaned and checked (see news.ts). */
import { isDirectory, NEWS_DIR, SLUG, SNAPSHOT_NAME, visibleEntries } from './corpus-folder.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../model/model.ts';
import { readReport } from './news.ts';
import { type Problem } from '../problems.ts';
import { decodeUtf8, sha256 } from './text-file.ts';

export function readNews(root: string, problems: Problem[]): { reports: Report[]; bytes: number } {
  const dir = join(root, NEWS_DIR);
  const reports: Report[] = [];
  let bytes = 0;
  if (!isDirectory(dir)) return { reports, bytes };
  for (const name of visibleEntries(dir)) {
    const file = join(dir, name);
    const match = SNAPSHOT_NAME.exec(name);
    if (!match || isDirectory(file)) continue;
    const id = match[1]!;
    if (!SLUG.test(id)) {
      problems.push({
        file,
        message: `"${name}" is not a valid report file name`,
        fix: 'name reports in lower case with letters, digits and hyphens, e.g. 2024-10-18-outlet-topic.md',
      });
      continue;
    }
    const raw = readFileSync(file);
    bytes += raw.length;
    const decoded = decodeUtf8(raw);
    if (!decoded.ok) {
      problems.push({
        file,
        line: decoded.line,
        message: `invalid UTF-8 at byte ${decoded.offset}`,
        fix: 'save the file as UTF-8',
      });
      continue;
    }
    if (decoded.text.trim() === '') {
      problems.push({ file, message: 'the report file is empty', fix: 'add the front matter and the article, or delete the file' });
      continue;
    }
    const { report, problems: found } = readReport(decoded.text, file, id, sha256(raw));
    problems.push(...found);
    if (report) reports.push({ ...report, path: `${NEWS_DIR}/${name}` });
  }
  reports.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { reports, bytes };
}
