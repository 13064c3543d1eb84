/** Static paths shared by the pages that exist once per document. */
import { allDocuments } from '../lib/publish/views.ts';
import { corpus } from './corpus.ts';
import { rendersDocument } from './rendered.ts';

export function documentPaths() {
  return allDocuments(corpus).filter(({ document }) => rendersDocument(document)).map(({ service, document }) => ({
    params: { service: service.id, document: document.id },
    props: { service, document },
  }));
}
