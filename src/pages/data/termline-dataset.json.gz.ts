/**
 * The whole dataset in one download, written in pieces (see bulkJsonPieces) and gzipped as it is written:
 * for the archive's collection the JSON is 543 MB (the version files again, in one file), its gzip 85 MB,
 * which is what a researcher downloads and what keeps the site nearer its size budget (issue 13).
 */
import type { APIRoute } from 'astro';
import { annotations, corpus, translations } from '../../data/corpus.ts';
import { generatedAt } from '../../data/dataset.ts';
import { bulkJsonPieces } from '../../lib/publish/dataset/dataset.ts';

export const GET: APIRoute = () => {
  const pieces = bulkJsonPieces(corpus, annotations, generatedAt, translations);
  const encoder = new TextEncoder();
  const json = new ReadableStream<BufferSource>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  // A file of gzip, not a JSON file sent compressed: hosts serve it as it is, and `gunzip` reads it.
  return new Response(json.pipeThrough(new CompressionStream('gzip')), { headers: { 'Content-Type': 'application/gzip' } });
};
