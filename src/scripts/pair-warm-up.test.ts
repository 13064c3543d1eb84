import { describe, expect, it } from 'vitest';
import { warmUp } from './pair-warm-up.ts';

describe('the warm-up a comparison worker runs while it waits', () => {
  it('renders a made-up pair with rows of every kind, in the language asked', () => {
    const html = warmUp('zh');
    for (const kind of ['modified', 'added', 'removed', 'moved']) expect((html.changes.match(new RegExp(`class="row row-${kind}"`, 'g')) ?? []).length, kind).toBeGreaterThan(kind === 'moved' ? 1 : 5);
    expect(html.changes).toMatch(/unchanged-run/);
    expect(html.changes).toMatch(/example\.org/);
    expect(html.title).toMatch(/2000年2月1日/);
  });
});
