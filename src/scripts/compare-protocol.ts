/** Messages between the page's script (compare-pair.ts) and its worker (compare-worker.ts). */
import type { ComparePairHtml } from '../lib/publish/compare-render.ts';
import type { Locale } from '../lib/publish/i18n/locales.ts';
import type { PairAddress } from '../lib/publish/pair-address.ts';

export interface PairRequest {
  base: string;
  locale: Locale;
  address: PairAddress;
}

export type PairAnswer =
  | {
      type: 'pair';
      html: ComparePairHtml;
      /** The canonical address: older version first. */
      route: string;
      compareIndex: string;
      /** Bytes of JSON fetched, and milliseconds spent fetching and computing. */
      bytes: number;
      fetchMs: number;
      computeMs: number;
    }
  | {
      type: 'problem';
      problem: 'document' | 'version' | 'regions' | 'failed';
      detail: string;
      /** Routes to offer instead. */
      links: { route: string; label: string }[];
    };
