/** Where each file of the dataset lives (routes, before the base). Free of zod, so the browser's comparison imports it alone. */
import type { PolicyDocument, Version } from '../../model/model.ts';
import { DATASET_ROOT } from './format.ts';

export const documentDataPath = (doc: Pick<PolicyDocument, 'service' | 'id'>) => `${DATASET_ROOT}/${doc.service}/${doc.id}.json`;
export const versionDataPath = (version: Pick<Version, 'service' | 'document' | 'id'>) => `${DATASET_ROOT}/${version.service}/${version.document}/${version.id}.json`;
export const notesDataPath = () => `${DATASET_ROOT}/notes.json`;
/** The notes of one document only: what a comparison computed in the browser fetches instead of every note. */
export const documentNotesDataPath = (doc: Pick<PolicyDocument, 'service' | 'id'>) => `${DATASET_ROOT}/${doc.service}/${doc.id}/notes.json`;
export const bulkDataPath = () => `${DATASET_ROOT}/termline-dataset.json.gz`;
export const indexDataPath = () => `${DATASET_ROOT}/index.json`;
