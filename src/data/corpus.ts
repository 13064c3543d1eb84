/**
 * The ingested model, read once per build. `npm run build` (scripts/build.ts)
 * runs ingest first and points TERMLINE_MODEL at its output.
 */
import { loadConfig } from '../lib/config.ts';
import { readSiteModel } from '../lib/model/model-file.ts';

export const { corpus, annotations, stories, translations } = readSiteModel(loadConfig(process.cwd()).modelFile);
