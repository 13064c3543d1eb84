/** Termline's notes with their anchors and histories, and their titles and summaries in each language they are translated into. */
import type { APIRoute } from 'astro';
import { annotations, translations } from '../../data/corpus.ts';
import { notesFile } from '../../lib/publish/dataset/dataset.ts';

export const GET: APIRoute = () => Response.json(notesFile(annotations, translations));
