/**
 * Which version pages are also built in the other languages (lib/publish/translated-pages.ts): those of the
 * documents our notes, stories and translations write about. On the archive's collection this keeps about
 * 0.85 GB of Chinese pages, the policies' English with our labels around it, out of the build.
 */
import { loadConfig } from '../lib/config.ts';
import { translatedPages, writingSources } from '../lib/publish/translated-pages.ts';
import { annotations, corpus, stories } from './corpus.ts';

export const versionPages = translatedPages(corpus, { annotations, stories, sources: writingSources(loadConfig(process.cwd())) });
