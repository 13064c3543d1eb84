/**
 * The committed translations over the real corpus: every one is up to date
 * with its English file, quotes only what it may, and reaches the model.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/lib/config.ts';
import { readAnnotationFolder } from '../src/lib/notes/annotations.ts';
import { gitLastChanged } from '../src/lib/notes/git-last-changed.ts';
import { readStoryFolder } from '../src/lib/notes/stories.ts';
import { readTranslations } from '../src/lib/notes/translation-set.ts';
import { buildModel, type BuiltModel } from '../src/lib/pipeline.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const config = loadConfig(projectRoot);
const committed = (kind: 'notes' | 'stories') =>
  readdirSync(join(config.translationsDir, 'zh', kind))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
let built: BuiltModel;

beforeAll(() => {
  built = buildModel(projectRoot);
});

describe('the committed translations', () => {
  it('pass every check and reach the model: both stories, and each note translated so far', () => {
    const zh = built.translations.zh!;
    expect(Object.keys(zh.stories).sort()).toEqual(['x-15-november-2024', 'x-ai-training-2023-2026']);
    expect(Object.keys(zh.stories).sort()).toEqual(committed('stories'));
    expect(Object.keys(zh.notes).sort()).toEqual(committed('notes'));
    for (const [id, note] of Object.entries(zh.notes)) {
      const english = built.annotations.find((a) => a.data.id === id);
      expect(english, id).toBeDefined();
      expect(note.questions, id).toHaveLength(english!.data.questions.length);
    }
    expect(zh.stories['x-15-november-2024']!.title).toMatch(/2024年11月15日/);
  });

  it('fail as stale, naming both files and the English file’s last change, when a story changed after its translation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'termline-zh-'));
    cpSync(config.translationsDir, dir, { recursive: true });
    const file = join(dir, 'zh', 'stories', 'x-ai-training-2023-2026.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/sha256: "[0-9a-f]{64}"/, `sha256: "${'0'.repeat(64)}"`));
    const notes = readAnnotationFolder(config.annotationsDir).annotations;
    const stories = readStoryFolder(config.storiesDir).stories;
    const { problems } = readTranslations(dir, notes, stories, built.corpus, gitLastChanged);
    const english = join(config.storiesDir, 'x-ai-training-2023-2026.mdx');
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        line: 4,
        message: expect.stringMatching(new RegExp(`^stale: ${english} changed after this translation was made \\(git last committed a change to it on \\d{4}-\\d{2}-\\d{2}\\)`)),
      }),
    ]);
  });
});
