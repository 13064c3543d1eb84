/** Our MDX files in one folder (notes, stories), in name order: none when the folder does not exist. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readMdxFolder(dir: string): { file: string; source: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ file: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}
