/** A document's feed in Chinese: the English endpoint and its paths, under /zh/. */
export { GET, getStaticPaths } from '../../../[service]/[document]/feed.xml.ts';
