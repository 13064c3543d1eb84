/**
 * A Chinese table that lacks an English key, has one too many, or gives a string where English has a function,
 * must fail the type check: compiled here with TypeScript's own checker, so `npm test` proves it, and the
 * `@ts-expect-error` lines below make `npx tsc --noEmit -p .` prove it too (an error that stops happening fails).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defineStrings } from './strings.ts';

// @ts-expect-error: Chinese lacks "next".
defineStrings({ previous: 'Previous', next: 'Next' }, { previous: '上一个' });
// @ts-expect-error: Chinese has a key English does not.
defineStrings({ previous: 'Previous' }, { previous: '上一个', extra: '多余' });
// @ts-expect-error: English writes a function of a number, Chinese a plain string.
defineStrings({ count: (n: number) => `${n} results` }, { count: '结果' });

const stringsModule = fileURLToPath(new URL('./strings.ts', import.meta.url));

/** The type errors of a made-up module that defines a table with defineStrings. */
function typeErrors(source: string): string[] {
  const file = fileURLToPath(new URL('./strings-fixture.ts', import.meta.url));
  const options: ts.CompilerOptions = { strict: true, noEmit: true, allowImportingTsExtensions: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || exists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const fixture = (zh: string) => `import { defineStrings } from '${stringsModule}';\nexport const table = defineStrings({ title: 'Notes', count: (n: number) => \`\${n} notes\` }, ${zh});\n`;

describe('defineStrings, checked by TypeScript', () => {
  it('accepts a Chinese table with every English key, a function for a function', () => {
    expect(typeErrors(fixture("{ title: '注释', count: (n: number) => `${n} 条注释` }"))).toEqual([]);
  });

  it('fails the type check when Chinese lacks a key', () => {
    expect(typeErrors(fixture("{ title: '注释' }")).join('\n')).toMatch(/count/);
  });

  it('fails the type check when Chinese has a key English lacks', () => {
    expect(typeErrors(fixture("{ title: '注释', count: (n: number) => `${n}`, subtitle: '副标题' }")).join('\n')).toMatch(/subtitle/);
  });

  it('fails the type check when Chinese gives a string for a function', () => {
    expect(typeErrors(fixture("{ title: '注释', count: '注释数' }")).join('\n')).toMatch(/count|not assignable/);
  });
});
