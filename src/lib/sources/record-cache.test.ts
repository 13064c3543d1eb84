import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_ENTRIES, engineFingerprint, moduleGraph } from './record-cache.ts';

/** Made-up modules: a.ts imports b.ts (static and dynamic) which re-exports from c.ts; d.ts stands apart. */
function modules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'termline-graph-'));
  writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nimport type { C } from \"./c.ts\";\nexport const a = () => import('./b.ts');\n");
  writeFileSync(join(dir, 'b.ts'), "export { c as b } from './c.ts';\nimport 'node:fs';\n");
  writeFileSync(join(dir, 'c.ts'), 'export const c = 1;\n');
  writeFileSync(join(dir, 'd.ts'), "import { a } from './a.ts';\n");
  return dir;
}

describe('the caches’ engine fingerprint', () => {
  it('follows relative imports, static, type-only, dynamic and re-exports, and nothing else', () => {
    const dir = modules();
    expect(moduleGraph([join(dir, 'a.ts')]).map((f) => f.slice(dir.length + 1))).toEqual(['a.ts', 'b.ts', 'c.ts']);
  });

  it('changes with a module the entry imports, not with one outside its graph', () => {
    const dir = modules();
    const entry = [join(dir, 'a.ts')];
    const before = engineFingerprint(dir, entry, dir);
    writeFileSync(join(dir, 'd.ts'), "import { a } from './a.ts';\nexport const d = a;\n");
    expect(engineFingerprint(dir, entry, dir)).toBe(before);
    writeFileSync(join(dir, 'c.ts'), 'export const c = 2;\n');
    expect(engineFingerprint(dir, entry, dir)).not.toBe(before);
  });

  it('covers the parser and segmenter for records, and the publishing code for none of the caches', () => {
    const records = moduleGraph(CACHE_ENTRIES.records).map((f) => f.split('/src/lib/')[1]);
    expect(records).toEqual(expect.arrayContaining(['model/markdown.ts', 'model/segment.ts', 'model/split.ts', 'sources/record.ts']));
    for (const entries of Object.values(CACHE_ENTRIES)) expect(moduleGraph(entries).filter((f) => f.includes('/src/lib/publish/'))).toEqual([]);
    expect(moduleGraph(CACHE_ENTRIES.documents).map((f) => f.split('/src/lib/')[1])).toEqual(expect.arrayContaining(['sources/ingest.ts', 'compare/bridge.ts', 'model/versions.ts']));
  });
});
