/**
 * A worker thread of record-reader.ts: parses and segments the snapshots it is
 * sent, one at a time, and answers on its port. Every failure is answered too
 * (the main thread waits synchronously and would never see an 'error' event).
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { processRecord, type RecordInput, type RecordOutput } from './record.ts';

export interface RecordJob {
  id: number;
  raw: Uint8Array;
  digest: string;
  input: RecordInput;
  /** Answer a clean record as the JSON text the cache stores, which the main thread parses. */
  asJson: boolean;
}

export type RecordReply = { id: number; output: RecordOutput } | { id: number; json: string } | { id: number; error: string };

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

port.on('message', (job: RecordJob) => {
  let reply: RecordReply;
  try {
    const output = processRecord(job.raw, job.digest, job.input);
    // One JSON text serves the cache and the main thread: it parses that instead of a structured clone, and stringifies nothing.
    reply =
      job.asJson && output.problems.length === 0
        ? { id: job.id, json: JSON.stringify({ texts: output.texts, supplements: output.supplements, captured: output.captured }) }
        : { id: job.id, output };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
  // Wakes the main thread, blocked in Atomics.wait until some reply is ready.
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
