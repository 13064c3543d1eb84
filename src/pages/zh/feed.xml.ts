/** The site's feed in Chinese: the English endpoint, which reads the locale of its address. */
export { GET } from '../feed.xml.ts';
