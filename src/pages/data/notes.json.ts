/** Termline's notes with their anchors and histories. */
import type { APIRoute } from 'astro';
import { annotations } from '../../data/corpus.ts';
import { notesFile } from '../../lib/publish/dataset/dataset.ts';

export const GET: APIRoute = () => Response.json(notesFile(annotations));
