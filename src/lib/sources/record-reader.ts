/**
 * Reads a corpus's snapshots in history order, parsing on both cores.
 *
 * Parsing and segmenting a record (two thirds of a cold ingest) depends on that
 * record alone, while everything after it (versions, bridges) goes document by
 * document on the main thread. So the main thread reads each file, hashes it
 * and asks the record cache; on a miss it hands the bytes to a small pool of
 * worker threads and goes on with the records already done. Outputs are taken
 * strictly in order, and only a few records ahead are ever in flight or
 * waiting, so memory stays bounded. The ingest stays synchronous: the main
 * thread sleeps in Atomics.wait and takes replies with receiveMessageOnPort.
 */
import { readFileSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { sha256 } from './text-file.ts';
import { cacheKey, readRecordFile, type RecordCache, type RecordInput, type RecordOutput } from './record.ts';
import type { RecordJob, RecordReply } from './record-worker.ts';

export interface RecordReader {
  /** The next record's output, in the order of the inputs. */
  next(): RecordOutput;
  /** Stops the worker threads; the reader cannot be used after. */
  close(): void;
}

/**
 * `workers` threads parse cache misses; 0 reads every record on this thread
 * (what tests and small corpora need: no thread to start).
 */
export function recordReader(inputs: readonly RecordInput[], cache: RecordCache | undefined, workers: number): RecordReader {
  if (workers <= 0) {
    let cursor = 0;
    return { next: () => readRecordFile(inputs[cursor++]!, cache), close: () => {} };
  }
  return new PooledReader(inputs, cache, workers);
}

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  busy: number;
}


/** No record takes minutes to parse: a pool silent this long has lost a thread. */
const SILENT_WORKER_MS = 10 * 60_000;
/** Jobs queued per worker: one running, one ready to start when it ends. */
const JOBS_PER_WORKER = 2;
/** Records read ahead of the one ingest takes next, per worker: enough to keep workers busy across a slow record. */
const AHEAD_PER_WORKER = 4;

class PooledReader implements RecordReader {
  private readonly inputs: readonly RecordInput[];
  private readonly cache: RecordCache | undefined;
  private readonly size: number;
  private readonly pool: PoolWorker[] = [];
  /** Bumped by a worker after each reply. */
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly done = new Map<number, RecordOutput>();
  /** What is known here of the records sent to a worker. */
  private readonly sent = new Map<number, { key: string; bytes: number; digest: string }>();
  /** A record read and hashed, waiting for a worker with room. */
  private staged: { job: RecordJob; key: string; bytes: number } | undefined;
  /** The next record to hand out, and the next to read ahead. */
  private cursor = 0;
  private ahead = 0;

  constructor(inputs: readonly RecordInput[], cache: RecordCache | undefined, size: number) {
    this.inputs = inputs;
    this.cache = cache;
    this.size = size;
  }

  next(): RecordOutput {
    if (this.cursor >= this.inputs.length) throw new Error('recordReader: no record left');
    this.readAhead();
    while (!this.done.has(this.cursor)) {
      const seen = Atomics.load(this.signal, 0);
      if (!this.takeReplies() && Atomics.wait(this.signal, 0, seen, SILENT_WORKER_MS) === 'timed-out' && !this.takeReplies()) {
        // A thread that died (out of memory) never answers, and its 'exit' event cannot reach a blocked thread.
        const waiting = [...this.sent.keys()].map((id) => this.inputs[id]!.absolute);
        this.close();
        throw new Error(`no worker thread answered for ${SILENT_WORKER_MS / 60_000} minutes while parsing ${waiting.join(', ')}; run ingest with --workers 0 to parse on the main thread and see the error`);
      }
      this.readAhead();
    }
    const output = this.done.get(this.cursor)!;
    this.done.delete(this.cursor);
    this.cursor += 1;
    this.readAhead();
    return output;
  }

  close(): void {
    for (const { worker, port } of this.pool.splice(0)) {
      port.close();
      void worker.terminate();
    }
  }

  /** Reads and hashes records ahead of the cursor: cache hits are done at once, misses go to the least busy worker. */
  private readAhead(): void {
    const limit = Math.min(this.inputs.length, this.cursor + this.size * AHEAD_PER_WORKER);
    for (;;) {
      if (!this.staged) {
        if (this.ahead >= limit) return;
        const id = this.ahead++;
        const input = this.inputs[id]!;
        const raw = readFileSync(input.absolute);
        const digest = sha256(raw);
        const key = this.cache ? cacheKey(digest, input) : '';
        const cached = this.cache?.get(key);
        if (cached) {
          this.done.set(id, { bytes: raw.length, sha256: digest, problems: [], ...cached });
          continue;
        }
        this.staged = { job: { id, raw, digest, input, asJson: Boolean(this.cache) }, key, bytes: raw.length };
      }
      const worker = this.idleWorker();
      if (!worker) return;
      const { job, key, bytes } = this.staged;
      this.staged = undefined;
      this.sent.set(job.id, { key, bytes, digest: job.digest });
      // A buffer of its own moves to the worker without a copy; one cut from a shared pool is copied.
      const own = job.raw.byteOffset === 0 && job.raw.byteLength === job.raw.buffer.byteLength;
      worker.port.postMessage(job, own ? [job.raw.buffer as ArrayBuffer] : []);
      worker.busy += 1;
    }
  }

  /** The least busy worker with room for a job, started on the first miss. */
  private idleWorker(): PoolWorker | undefined {
    if (this.pool.length === 0) {
      for (let i = 0; i < this.size; i++) {
        const { port1, port2 } = new MessageChannel();
        const worker = new Worker(new URL('./record-worker.ts', import.meta.url), {
          workerData: { port: port2, signal: this.signal },
          transferList: [port2],
        });
        // The main thread never waits on the event loop for them.
        worker.unref();
        this.pool.push({ worker, port: port1, busy: 0 });
      }
    }
    const worker = this.pool.reduce((a, b) => (b.busy < a.busy ? b : a));
    return worker.busy < JOBS_PER_WORKER ? worker : undefined;
  }

  /** Takes every reply waiting on the workers' ports; false when there was none. */
  private takeReplies(): boolean {
    let any = false;
    for (const worker of this.pool) {
      for (let message = receiveMessageOnPort(worker.port); message; message = receiveMessageOnPort(worker.port)) {
        any = true;
        worker.busy -= 1;
        const reply = message.message as RecordReply;
        const sent = this.sent.get(reply.id)!;
        this.sent.delete(reply.id);
        if ('error' in reply) {
          this.close();
          throw new Error(`reading ${this.inputs[reply.id]!.absolute} failed in a worker thread:\n${reply.error}`);
        }
        if ('json' in reply) {
          // A clean record, as the cache stores it; a record with a problem is never kept (it names a path).
          const value = JSON.parse(reply.json) as Pick<RecordOutput, 'texts' | 'supplements' | 'captured'>;
          if (this.cache?.setJson) this.cache.setJson(sent.key, reply.json);
          else this.cache?.set(sent.key, value);
          this.done.set(reply.id, { bytes: sent.bytes, sha256: sent.digest, problems: [], ...value });
        } else {
          this.done.set(reply.id, reply.output);
        }
      }
    }
    return any;
  }
}
