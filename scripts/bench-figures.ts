/** What the benches share: the median of a run's samples, figures printed the same way, a free loopback port. */
import { createServer } from 'node:net';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** "1,234.5": thousands separated, `digits` after the point. */
export const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A port nothing listens on at 127.0.0.1, for a server the bench starts and stops. */
export function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A built site served by Astro's preview on a free 127.0.0.1 port, and Chromium launched as the tests launch it:
 * what every browser bench measures against. `close` stops both.
 */
export async function servedSite(site: string, projectRoot: string) {
  const port = await freePort();
  process.env.TERMLINE_OUT_DIR = site;
  const { preview } = await import('astro');
  const server = await preview({ root: projectRoot, outDir: site, server: { host: '127.0.0.1', port }, logLevel: 'error' });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
