/** The whole dataset in one download. */
import type { APIRoute } from 'astro';
import { annotations, corpus } from '../../data/corpus.ts';
import { generatedAt } from '../../data/dataset.ts';
import { bulkFile } from '../../lib/publish/dataset/dataset.ts';

export const GET: APIRoute = () => Response.json(bulkFile(corpus, annotations, generatedAt));
