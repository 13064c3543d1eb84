/** The dataset's version: part of every file and of the schemas' addresses; bumped on any breaking change. */
export const DATASET_FORMAT = 1;
export const DATASET_ROOT = '/data';
export const SCHEMA_NAMES = ['index', 'document', 'version', 'notes', 'bulk'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];
export const schemaPath = (name: SchemaName) => `${DATASET_ROOT}/schema/v${DATASET_FORMAT}/${name}.json`;
