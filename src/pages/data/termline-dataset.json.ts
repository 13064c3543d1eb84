/** The whole dataset in one download, written in pieces (see bulkJsonPieces). */
import type { APIRoute } from 'astro';
import { annotations, corpus, translations } from '../../data/corpus.ts';
import { generatedAt } from '../../data/dataset.ts';
import { bulkJsonPieces } from '../../lib/publish/dataset/dataset.ts';

export const GET: APIRoute = () => {
  const pieces = bulkJsonPieces(corpus, annotations, generatedAt, translations);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
