import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmeNews, acmePrivacy, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { ingestCorpus } from '../sources/ingest.ts';
import { checkStories, readStoryFolder, storiesCovering } from './stories.ts';
import { folderOf } from '../../../test/fixtures/folder.ts';

const corpus = ingestCorpus({
  corpusDir: makeCorpus(
    [
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records for as long as we need them.' }) },
    ],
    { '2024-03-02-example-acme.md': acmeNews() },
  ),
});

function story(id: string, fields: Record<string, string> = {}): string {
  const front = {
    id,
    title: 'What Acme changed in April',
    summary: 'Acme now keeps order records for as long as it needs them, with no end date.',
    published: '2024-05-01',
    services: '[acme]',
    comparisons: '\n  - acme/privacy-notice@2024-03-02..2024-04-02',
    notes: '[]',
    sources: '\n  - report: 2024-03-02-example-acme',
    ...fields,
  };
  return `---\n${Object.entries(front).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\nOur words about it.\n`;
}

const folder = (files: Record<string, string>) => folderOf(files, 'termline-stories-');

describe('stories', () => {
  it('are kept when every comparison, note and report they name exists, and found by the comparisons they explain', () => {
    const { stories, problems } = readStoryFolder(folder({ 'april.mdx': story('april') }));
    expect(problems).toEqual([]);
    const checked = checkStories(corpus, [], stories);
    expect(checked.problems).toEqual([]);
    expect(checked.stories.map((s) => s.id)).toEqual(['april']);
    expect(storiesCovering(checked.stories, { service: 'acme', document: 'privacy-notice', before: '2024-03-02', after: '2024-04-02' })).toHaveLength(1);
    expect(storiesCovering(checked.stories, { service: 'acme', document: 'privacy-notice', before: '2024-04-02', after: '2024-03-02' })).toHaveLength(0);
  });

  it('about a service the corpus lacks are left out with the reason, not an error', () => {
    const { stories } = readStoryFolder(folder({ 'other.mdx': story('other', { services: '[globex]', comparisons: '[]' }) }));
    const checked = checkStories(corpus, [], stories);
    expect(checked.problems).toEqual([]);
    expect(checked.stories).toEqual([]);
    expect(checked.skipped).toEqual([expect.objectContaining({ id: 'other', reason: 'the corpus holds no service globex' })]);
  });

  it('name the file, the line and the fix for a version, note or report that does not exist', () => {
    const dir = folder({
      'bad.mdx': story('bad', { comparisons: '\n  - acme/privacy-notice@2024-03-02..2025-01-01', notes: '[no-such-note]', sources: '\n  - report: no-such-report' }),
    });
    const { stories } = readStoryFolder(dir);
    const { problems, stories: kept } = checkStories(corpus, [], stories);
    expect(kept).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: join(dir, 'bad.mdx'), line: 8, message: expect.stringContaining('no version 2025-01-01') }),
      expect.objectContaining({ line: 9, message: 'no note "no-such-note"' }),
      expect.objectContaining({ line: 11, message: 'no news report "no-such-report" in the corpus' }),
    ]);
  });

  it('with bad front matter point at the field', () => {
    const dir = folder({ 'late.mdx': story('late', { published: 'soon' }) });
    const { problems } = readStoryFolder(dir);
    expect(problems).toEqual([expect.objectContaining({ file: join(dir, 'late.mdx'), line: 5 })]);
  });
});
