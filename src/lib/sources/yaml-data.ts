/**
 * YAML (front matter, metadata files) validated by a zod schema, with every
 * problem pinned to the line of the offending key.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problems.ts';

/** 1-based line (within `source`) of the key at `path`, or of the nearest enclosing key found. */
export function yamlLine(source: string, path: readonly PropertyKey[]): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  return lineOfPath(doc, counter, path);
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  const start = doc.contents?.range?.[0];
  let line = start === undefined ? undefined : counter.linePos(start).line;
  for (const key of path) {
    if (isSeq(node) && typeof key === 'number') {
      // A list item: its own line, so a problem points at the entry, not the list's key.
      const item = node.items[key] as { range?: [number] } | undefined;
      if (!item?.range) break;
      line = counter.linePos(item.range[0]).line;
      node = item;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
    if (!pair) break;
    const keyRange = (pair.key as { range?: [number] }).range;
    if (keyRange) line = counter.linePos(keyRange[0]).line;
    node = pair.value;
  }
  return line;
}

export interface YamlResult<T> {
  data?: T;
  problems: Problem[];
}

/**
 * Parses `source` as YAML and validates it. `firstLine` is the file line the
 * YAML starts on (2 for front matter after the opening `---`).
 */
export function parseYamlData<S extends z.ZodType>(
  source: string,
  schema: S,
  file: string,
  firstLine = 1,
  fixFor: (key: string) => string = (key) => `correct the value of "${key}"`,
): YamlResult<z.infer<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    problems.push({
      file,
      line: firstLine - 1 + (error.linePos?.[0].line ?? 1),
      message: `invalid YAML: ${error.message.split('\n')[0]}`,
      fix: 'fix the YAML syntax (quote values that contain ": " or start with a special character)',
    });
  }
  if (problems.length > 0) return { problems };
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, problems };
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    const line = lineOfPath(doc, counter, issue.path);
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    problems.push({
      file,
      line: line === undefined ? firstLine : firstLine - 1 + line,
      message: missing ? `the field "${key}" is missing` : `the field "${key || '(root)'}" is invalid: ${issue.message}`,
      fix: missing ? `add "${key}: ..." to the front matter` : fixFor(key),
    });
  }
  return { problems };
}
