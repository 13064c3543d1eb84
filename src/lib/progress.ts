/**
 * Progress for long work: one line that updates in place on a terminal, plain
 * lines at most every few seconds otherwise (CI logs keep every line), with
 * counts and an estimate of the time left; then a summary.
 */

export interface ProgressSink {
  /** True on a terminal: the line is redrawn in place. */
  isTTY: boolean;
  write(text: string): void;
  /** Terminal width, to keep the line on one row. */
  columns?: number;
}

/** "850 ms", "42 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)} min${rest ? ` ${rest} s` : ''}`;
}

/** Time left at the rate so far, once there is a rate to go by. */
export function estimateLeft(done: number, total: number, elapsedMs: number): number | undefined {
  if (done <= 0 || total <= 0 || elapsedMs <= 0) return undefined;
  return Math.max(0, (elapsedMs / done) * (total - done));
}

export interface StepState {
  label: string;
  /** 1-based position among the steps, and how many there are; none for a job of one step. */
  index?: number;
  steps?: number;
  done?: number;
  /** Expected count, when known (e.g. from the previous build). */
  total?: number;
  unit?: string;
  /** Estimated time left for the whole job, when known. */
  leftMs?: number;
}

/** "[2/3] Pages 1200/4857 (25%), about 1 min 5 s left". */
export function progressLine(state: StepState): string {
  let line = state.index && state.steps ? `[${state.index}/${state.steps}] ${state.label}` : state.label;
  if (state.done !== undefined) {
    const unit = state.unit ? ` ${state.unit}` : '';
    if (state.total) {
      const shown = Math.min(state.done, state.total);
      line += ` ${shown}/${state.total}${unit} (${Math.floor((100 * shown) / state.total)}%)`;
    } else {
      line += ` ${state.done}${unit}`;
    }
  }
  if (state.leftMs !== undefined) line += state.leftMs < 1000 ? ', under a second left' : `, about ${formatDuration(state.leftMs)} left`;
  return line;
}

/**
 * Ingest's per-record callback (pipeline.ts `onRecord`): records read of the
 * total, the time left at the rate so far, then what comes after the last.
 */
export function recordProgress(
  progress: ProgressLine,
  step: { index?: number; steps?: number } = {},
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  const started = now();
  return (done, total) => {
    if (done >= total) {
      progress.show(progressLine({ ...step, label: 'Anchoring the notes and writing the model…' }));
      return;
    }
    // The first records wait for the worker threads to start: no estimate from them.
    const leftMs = done >= Math.max(2, total / 100) ? estimateLeft(done, total, now() - started) : undefined;
    progress.show(progressLine({ ...step, label: 'Reading records', done, total, ...(leftMs === undefined ? {} : { leftMs }) }));
  };
}

/** Shows progress lines on a sink: redrawn in place on a TTY, else at most one per `everyMs`. */
export class ProgressLine {
  private lastPrinted = -Infinity;
  private lastText = '';
  private drawn = false;

  private readonly sink: ProgressSink;
  private readonly options: { everyMs?: number; now?: () => number };

  // Plain fields, not parameter properties: Node runs this file by stripping types only.
  constructor(sink: ProgressSink, options: { everyMs?: number; now?: () => number } = {}) {
    this.sink = sink;
    this.options = options;
  }

  show(text: string): void {
    const now = this.options.now ? this.options.now() : performance.now();
    if (this.sink.isTTY) {
      // Some terminals report no width (0): assume 80.
      const width = (this.sink.columns && this.sink.columns >= 40 ? this.sink.columns : 80) - 1;
      const fitted = text.length > width ? `${text.slice(0, width - 1)}…` : text;
      this.sink.write(`\r\x1b[2K${fitted}`);
      this.drawn = true;
      return;
    }
    if (text === this.lastText || now - this.lastPrinted < (this.options.everyMs ?? 10_000)) return;
    this.sink.write(`${text}\n`);
    this.lastPrinted = now;
    this.lastText = text;
  }

  /** Removes the updating line, e.g. before an error is printed. */
  clear(): void {
    if (this.sink.isTTY && this.drawn) this.sink.write('\r\x1b[2K');
    this.drawn = false;
  }

  /** Ends the updating line with a line that stays (every sink prints it). */
  finish(text: string): void {
    if (this.sink.isTTY && this.drawn) this.sink.write('\r\x1b[2K');
    this.sink.write(`${text}\n`);
    this.drawn = false;
    this.lastText = '';
    this.lastPrinted = -Infinity;
  }
}

/**
 * Events from code the build does not call directly (an Astro integration,
 * loaded through Vite as its own module instance): a registry on globalThis
 * under a Symbol.for key, so every instance of this module shares it.
 */
const LISTENERS = Symbol.for('termline.build-events');

export interface BuildEvent {
  step: string;
  message: string;
}

type Listener = (event: BuildEvent) => void;

function listeners(): Set<Listener> {
  const store = globalThis as unknown as Record<symbol, Set<Listener> | undefined>;
  return (store[LISTENERS] ??= new Set());
}

export function onBuildEvent(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function emitBuildEvent(event: BuildEvent): void {
  for (const listener of listeners()) listener(event);
}
