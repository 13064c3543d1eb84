import { describe, expect, it } from 'vitest';
import { emitBuildEvent, estimateLeft, formatDuration, onBuildEvent, progressLine, ProgressLine, recordProgress } from './progress.ts';

describe('progressLine', () => {
  it('gives the step, the count against the total, the share done and the time left', () => {
    expect(progressLine({ label: 'Rendering pages', index: 2, steps: 3, done: 1200, total: 4800, unit: 'pages', leftMs: 65_000 })).toBe('[2/3] Rendering pages 1200/4800 pages (25%), about 1 min 5 s left');
  });

  it('shows a bare count when there is no total yet, and never more than the total', () => {
    expect(progressLine({ label: 'Rendering pages', index: 2, steps: 3, done: 17, unit: 'pages' })).toBe('[2/3] Rendering pages 17 pages');
    expect(progressLine({ label: 'Pages', index: 1, steps: 1, done: 120, total: 100 })).toBe('[1/1] Pages 100/100 (100%)');
    expect(progressLine({ label: 'Pages', index: 1, steps: 1, leftMs: 400 })).toBe('[1/1] Pages, under a second left');
  });
});

describe('recordProgress', () => {
  it('counts records against the total with the time left, then names what follows the last', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = new ProgressLine({ isTTY: false, write: (text) => lines.push(text) }, { everyMs: 0, now: () => clock });
    const onRecord = recordProgress(progress, { index: 1, steps: 3 }, () => clock);
    clock = 1000;
    onRecord(1, 40);
    clock = 2000;
    onRecord(10, 40);
    clock = 4000;
    onRecord(40, 40);
    expect(lines).toEqual(['[1/3] Reading records 1/40 (2%)\n', '[1/3] Reading records 10/40 (25%), about 6 s left\n', '[1/3] Anchoring the notes and writing the model…\n']);
  });

  it('has no step prefix for a job of one step', () => {
    expect(progressLine({ label: 'Reading records', done: 3, total: 4 })).toBe('Reading records 3/4 (75%)');
  });
});

describe('estimateLeft and formatDuration', () => {
  it('goes by the rate so far, and has no estimate before the first item', () => {
    expect(estimateLeft(0, 100, 5000)).toBeUndefined();
    expect(estimateLeft(25, 100, 5000)).toBe(15_000);
    expect(estimateLeft(120, 100, 5000)).toBe(0);
    expect([850, 42_400, 125_000, 120_000].map(formatDuration)).toEqual(['850 ms', '42 s', '2 min 5 s', '2 min']);
  });
});

describe('ProgressLine', () => {
  function sink(isTTY: boolean) {
    const out: string[] = [];
    return { out, sink: { isTTY, columns: 40, write: (text: string) => void out.push(text) } };
  }

  it('redraws one line in place on a terminal, cut to its width, and ends it with a line that stays', () => {
    const { out, sink: tty } = sink(true);
    const line = new ProgressLine(tty);
    line.show('short');
    line.show('a line far longer than the forty columns it has');
    line.finish('done');
    expect(out).toEqual(['\r\x1b[2Kshort', '\r\x1b[2Ka line far longer than the forty colum…', '\r\x1b[2K', 'done\n']);
  });

  it('prints plain lines at most once per interval elsewhere, as in CI', () => {
    const { out, sink: log } = sink(false);
    let now = 0;
    const line = new ProgressLine(log, { everyMs: 10_000, now: () => now });
    line.show('10 pages');
    now = 4000;
    line.show('20 pages');
    now = 10_000;
    line.show('30 pages');
    line.finish('done');
    expect(out).toEqual(['10 pages\n', '30 pages\n', 'done\n']);
  });
});

describe('build events', () => {
  it('reach every listener until it stops listening', () => {
    const seen: string[] = [];
    const stop = onBuildEvent((event) => seen.push(`${event.step}:${event.message}`));
    emitBuildEvent({ step: 'search', message: 'start' });
    stop();
    emitBuildEvent({ step: 'search', message: 'done' });
    expect(seen).toEqual(['search:start']);
  });
});
