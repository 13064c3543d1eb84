/** A service's feed in Chinese: the English endpoint and its paths, under /zh/. */
export { GET, getStaticPaths } from '../../[service]/feed.xml.ts';
