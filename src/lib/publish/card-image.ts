/**
 * Social images for cards: 1200×630 PNG, drawn with satori (layout to SVG)
 * and @resvg/resvg-js (SVG to PNG). Fonts come from @fontsource packages:
 * Noto Sans for Latin text, and only those subsets of Noto Sans SC whose
 * unicode-range covers the CJK characters a card actually uses. Images are
 * cached by a hash of what they show, so an unchanged card is not redrawn.
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;
const PADDING = 72;
const PADDING_Y = 56;
const BORDER = 16;
const TEXT_WIDTH = IMAGE_WIDTH - 2 * PADDING;

interface Font {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

let latin: Font[] | undefined;
function latinFonts(): Font[] {
  latin ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    weight,
    style: 'normal' as const,
    data: readFileSync(join(packageDir('@fontsource/noto-sans'), 'files', `noto-sans-latin-${weight}-normal.woff`)),
  }));
  return latin;
}

interface Subset {
  file: string;
  ranges: [number, number][];
}

let cjkSubsets: Subset[] | undefined;
/** The subsets of Noto Sans SC (weight 400) and the code points each covers, read from the package's CSS. */
function cjkIndex(): Subset[] {
  if (cjkSubsets) return cjkSubsets;
  const dir = packageDir('@fontsource/noto-sans-sc');
  const css = readFileSync(join(dir, '400.css'), 'utf8');
  cjkSubsets = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
    const file = /url\(\.\/files\/([^)]+?\.woff)\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!file || !range) return [];
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      const start = Number.parseInt(from!, 16);
      return [start, to ? Number.parseInt(to, 16) : start];
    });
    return [{ file: join(dir, 'files', file), ranges }];
  });
  return cjkSubsets;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/gu;

/** The Noto Sans SC subsets needed to draw the CJK characters in `text` (none for text without any). */
export function cjkFontsFor(text: string): Font[] {
  const points = new Set([...(text.match(CJK) ?? [])].map((c) => c.codePointAt(0)!));
  if (points.size === 0) return [];
  const files = new Set<string>();
  for (const subset of cjkIndex()) {
    if ([...points].some((p) => subset.ranges.some(([a, b]) => p >= a && p <= b))) files.add(subset.file);
  }
  // Each subset is its own family name: satori keeps one face per name and weight, and falls back across families.
  return [...files].map((file, i) => ({ name: `Noto Sans SC ${i}`, weight: 400 as const, style: 'normal' as const, data: readFileSync(file) }));
}

export interface CardImageText {
  title: string;
  body: string;
  footer: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type: 'div', props: { style, children } });

function layout({ title, body, footer }: CardImageText, families: string[]): Node {
  return box(
    {
      // satori sizes boxes content-box: padding and border come on top of width and height.
      width: TEXT_WIDTH,
      height: IMAGE_HEIGHT - 2 * PADDING_Y - BORDER,
      position: 'relative',
      display: 'flex',
      flexDirection: 'column',
      padding: `${PADDING_Y}px ${PADDING}px`,
      background: '#fdfcf9',
      color: '#1f2328',
      fontFamily: families.map((f) => `'${f}'`).join(', '),
      borderTop: `${BORDER}px solid #1d3b53`,
    },
    box(
      { display: 'flex', flexDirection: 'column', gap: '28px', width: TEXT_WIDTH },
      box({ display: 'flex', width: TEXT_WIDTH, fontSize: 40, fontWeight: 700, color: '#1d3b53', lineHeight: 1.2 }, title),
      box({ display: 'flex', width: TEXT_WIDTH, fontSize: 30, lineHeight: 1.45 }, body),
    ),
    box(
      { position: 'absolute', left: PADDING, bottom: 48, display: 'flex', width: TEXT_WIDTH, justifyContent: 'space-between', fontSize: 24, color: '#57606a' },
      box({ display: 'flex' }, footer),
      box({ display: 'flex', fontWeight: 700, color: '#1d3b53' }, 'Termline'),
    ),
  );
}

/** Draws the card image; with `cacheDir`, reuses the PNG drawn for the same text before. */
export async function renderCardImage(text: CardImageText, cacheDir?: string): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ v: 1, text })).digest('hex').slice(0, 24);
  const cached = cacheDir && join(cacheDir, `${key}.png`);
  if (cached && existsSync(cached)) return readFileSync(cached);
  const fonts = [...latinFonts(), ...cjkFontsFor(`${text.title}${text.body}${text.footer}`)];
  const svg = await satori(layout(text, [...new Set(fonts.map((f) => f.name))]) as never, { width: IMAGE_WIDTH, height: IMAGE_HEIGHT, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: IMAGE_WIDTH } }).render().asPng();
  if (cached) {
    mkdirSync(cacheDir!, { recursive: true });
    const temporary = `${cached}.${process.pid}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, cached);
  }
  return png;
}
