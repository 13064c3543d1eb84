/**
 * The configured address, bound once for pages: `href(route)` for links
 * inside the site (relative to the host, under the base), `absolute(route)`
 * for what leaves it (embeds, feeds, Open Graph).
 */
import { loadConfig, localSiteWarning } from '../lib/config.ts';
import { linker } from '../lib/publish/paths.ts';

const config = loadConfig(process.cwd());

export const { href, absolute } = linker(config);
export const { site, base } = config;
/** Set while the build still uses the local preview address. */
export const siteWarning = localSiteWarning(config);
