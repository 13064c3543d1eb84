/** Static paths shared by the pages that exist once per document. */
import { allDocuments } from '../lib/publish/views.ts';
import { corpus } from './corpus.ts';

export function documentPaths() {
  return allDocuments(corpus).map(({ service, document }) => ({
    params: { service: service.id, document: document.id },
    props: { service, document },
  }));
}
