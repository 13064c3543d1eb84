/**
 * Which built pages the W3C Nu checker reads. It is too slow for thousands
 * of pages (a JVM, and a full parse and validation of each), so it reads
 * every page of each small page type, and of each large type (one page per
 * clause, per pair of versions) its largest pages plus its first and last:
 * pages of one type come from one template, and the largest hold the most
 * varied markup (tables, lists, redlines, notes).
 */

/** The page type of a built file, from its path inside the site (`x/privacy-policy/2024-10-17/index.html`). */
export function pageType(file: string): string {
  const path = file.replace(/\\/g, '/');
  // The Chinese site mirrors the English one under zh/: its pages are the same types, in Chinese.
  if (path.startsWith('zh/')) return `${path === 'zh/404/index.html' ? 'not found' : pageType(path.slice(3))} (zh)`;
  if (/^cards\/notes\//.test(path)) return 'note card';
  if (/^cards\/.+\/t\/[0-9a-f]+\/index\.html$/.test(path)) return 'pinned clause card';
  if (/^cards\//.test(path)) return 'clause card';
  if (/^embed\//.test(path)) return 'embed page';
  if (/^compare\/[^/]+\/[^/]+\/[^/]*\.\.[^/]*\/index\.html$/.test(path)) return 'comparison';
  if (/^compare\/[^/]+\/[^/]+\/index\.html$/.test(path)) return 'comparison index';
  if (/^timeline\/index\.html$/.test(path)) return 'timeline';
  if (/^timeline\//.test(path)) return 'document timeline';
  for (const [section, item] of [['notes', 'note'], ['news', 'news report'], ['stories', 'story']] as const) {
    if (path === `${section}/index.html`) return `${section} index`;
    if (path.startsWith(`${section}/`)) return item;
  }
  if (path === 'index.html') return 'home';
  if (path === '404.html') return 'not found';
  if (path === 'search/index.html') return 'search';
  if (path === 'kinds-of-change/index.html') return 'kinds of change';
  if (path === 'services/index.html') return 'services index';
  if (/^documents\/[^/]+\/index\.html$/.test(path)) return 'documents of one type';
  const depth = path.split('/').length;
  if (depth === 2) return 'service';
  if (depth === 3) return 'document';
  if (depth === 4) return 'version';
  return 'other';
}

export interface SampledFile {
  file: string;
  bytes: number;
}

/**
 * Every page of a type with at most `allUpTo` pages; for larger types, the
 * `largest` biggest files plus the first and last by path.
 */
export function samplePages(files: readonly SampledFile[], { allUpTo = 60, largest = 3 } = {}): { sample: string[]; types: Map<string, { pages: number; checked: number }> } {
  const byType = new Map<string, SampledFile[]>();
  for (const entry of files) byType.set(pageType(entry.file), [...(byType.get(pageType(entry.file)) ?? []), entry]);
  const sample: string[] = [];
  const types = new Map<string, { pages: number; checked: number }>();
  for (const [type, entries] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) {
    const byPath = [...entries].sort((a, b) => a.file.localeCompare(b.file));
    let chosen: SampledFile[];
    if (entries.length <= allUpTo) chosen = byPath;
    else {
      const biggest = [...entries].sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file)).slice(0, largest);
      chosen = [...new Set([...biggest, byPath[0]!, byPath.at(-1)!])];
    }
    sample.push(...chosen.map((entry) => entry.file));
    types.set(type, { pages: entries.length, checked: chosen.length });
  }
  return { sample, types };
}
