/**
 * The ingested model, read once per build. `npm run build` (scripts/build.ts)
 * runs ingest first and points TERMLINE_MODEL at its output.
 */
import { resolve } from 'node:path';
import { readSiteModel } from '../lib/model-file.ts';

export const { corpus, annotations } = readSiteModel(process.env.TERMLINE_MODEL ?? resolve('.termline/model.json'));
