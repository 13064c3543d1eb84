import { describe, expect, it } from 'vitest';
import { pageType, samplePages } from './page-sample.ts';

describe('pageType', () => {
  it('tells every page type of the site apart by its path', () => {
    const types = {
      'index.html': 'home',
      '404.html': 'not found',
      'search/index.html': 'search',
      'kinds-of-change/index.html': 'kinds of change',
      'acme/privacy/index.html': 'document',
      'acme/privacy/2024-01-02/index.html': 'version',
      'compare/acme/privacy/index.html': 'comparison index',
      'compare/acme/privacy/2024-01-02..2024-03-04/index.html': 'comparison',
      'timeline/index.html': 'timeline',
      'timeline/acme/privacy/index.html': 'document timeline',
      'notes/index.html': 'notes index',
      'notes/a-note/index.html': 'note',
      'news/index.html': 'news index',
      'news/a-report/index.html': 'news report',
      'stories/index.html': 'stories index',
      'stories/a-story/index.html': 'story',
      'cards/notes/a-note/index.html': 'note card',
      'cards/acme/privacy/intro/who/index.html': 'clause card',
      'cards/acme/privacy/intro/who/t/0123456789/index.html': 'pinned clause card',
      'embed/acme/privacy/intro/who/index.html': 'embed page',
      'services/index.html': 'services index',
      'acme/index.html': 'service',
      'documents/privacy-policy/index.html': 'documents of one type',
      'zh/index.html': 'home (zh)',
      'zh/404/index.html': 'not found (zh)',
      'zh/notes/a-note/index.html': 'note (zh)',
      'zh/acme/privacy/2024-01-02/index.html': 'version (zh)',
      'zh/compare/acme/privacy/2024-01-02..2024-03-04/index.html': 'comparison (zh)',
    };
    for (const [file, type] of Object.entries(types)) expect(pageType(file), file).toBe(type);
  });
});

describe('samplePages', () => {
  it('takes every page of a small type, and the largest, first and last of a large one', () => {
    const cards = Array.from({ length: 8 }, (_, i) => ({ file: `cards/acme/privacy/c${i}/index.html`, bytes: [5, 90, 7, 80, 3, 70, 2, 1][i]! }));
    const { sample, types } = samplePages([{ file: 'index.html', bytes: 10 }, ...cards], { allUpTo: 4, largest: 2 });
    expect(sample).toEqual(['cards/acme/privacy/c1/index.html', 'cards/acme/privacy/c3/index.html', 'cards/acme/privacy/c0/index.html', 'cards/acme/privacy/c7/index.html', 'index.html']);
    expect(types.get('clause card')).toEqual({ pages: 8, checked: 4 });
    expect(types.get('home')).toEqual({ pages: 1, checked: 1 });
  });
});
