/** The dataset's index: licences, schemas, every document's file. */
import type { APIRoute } from 'astro';
import { corpus } from '../../data/corpus.ts';
import { generatedAt } from '../../data/dataset.ts';
import { indexFile } from '../../lib/publish/dataset/dataset.ts';

export const GET: APIRoute = () => Response.json(indexFile(corpus, generatedAt));
