/** Where a record came from: enough to fetch the same bytes again and check them. */
import { z } from 'zod';

export const provenanceSchema = z.object({
  path: z.string().describe('Path of the snapshot file inside the corpus folder'),
  sourceRepo: z.string().describe('The archive repository the record was taken from'),
  sourceCommit: z.string().describe('Commit of that repository that holds the record'),
  sourcePath: z.string().describe('Path of the file in that repository at that commit'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  recordedAt: z.string().describe('When the archive recorded it, ISO 8601 UTC'),
  commitMessage: z.string().describe("The archive's own commit message"),
  sourceUrl: z.string().optional().describe('The file at that commit on the web, where the repository is public'),
});
