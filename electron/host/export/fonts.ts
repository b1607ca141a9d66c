import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fallbacksFor } from '@shared/export/font-fallback';

/**
 * The export font (PT Sans, Latin + Cyrillic, resources/fonts) as TTF bytes. Bundled with the app,
 * never looked up on the system or fetched: every machine's exports look the same.
 */
export type ExportFonts = { regular: Uint8Array; bold: Uint8Array; fallbacks: FallbackFont[] };

export const FONT_FAMILY = 'PT Sans';

/**
 * Fonts for what PT Sans cannot draw, tried in this order for each character it lacks: Arabic and
 * Hebrew (Noto, OFL), then DejaVu Sans (Bitstream Vera licence) for symbols, arrows, Greek and the
 * monochrome emoticons (😀). Regular weight only: bold text in these scripts prints regular.
 * No CJK font is bundled (one is 15–20 MB); CJK text still prints as boxes.
 */
export type FallbackFont = { family: string; file: string; bytes: Uint8Array };
export const FALLBACK_FONTS = [
  { family: 'Noto Sans Arabic', file: 'NotoSansArabic-Regular.ttf' },
  { family: 'Noto Sans Hebrew', file: 'NotoSansHebrew-Regular.ttf' },
  { family: 'DejaVu Sans', file: 'DejaVuSans-Symbols.ttf' },
] as const;

const here = dirname(fileURLToPath(import.meta.url));

/** From source (electron/host/export), from the built bundle (out/main) and from a packaged app. */
function fontsDir(): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    resolve(here, '../../../resources/fonts'),
    resolve(here, '../../resources/fonts'),
    ...(packaged ? [join(packaged, 'resources', 'fonts')] : []),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'PTSans-Regular.ttf')));
  if (!found) throw new Error(`export fonts not found; looked in ${candidates.join(', ')}`);
  return found;
}

let cached: Promise<ExportFonts> | null = null;

export function loadFonts(): Promise<ExportFonts> {
  cached ??= (async () => {
    const dir = fontsDir();
    const [regular, bold] = await Promise.all([readFile(join(dir, 'PTSans-Regular.ttf')), readFile(join(dir, 'PTSans-Bold.ttf'))]);
    const fallbacks = await Promise.all(FALLBACK_FONTS.map(async (f) => ({ ...f, bytes: new Uint8Array(await readFile(join(dir, f.file))) })));
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold), fallbacks };
  })();
  cached.catch(() => (cached = null));
  return cached;
}

/**
 * `@font-face` rules embedding the font in an SVG, so it looks right where PT Sans is not installed.
 * A fallback font is embedded only when `text` (what the SVG prints) has characters for it, so a
 * Russian-only tree does not carry a megabyte of fonts it never uses.
 */
export async function fontFaceCss(text = ''): Promise<string> {
  const f = await loadFonts();
  const face = (family: string, bytes: Uint8Array, weight: number) =>
    `@font-face{font-family:'${family}';font-weight:${weight};src:url(data:font/ttf;base64,${Buffer.from(bytes).toString('base64')}) format('truetype');}`;
  const needed: ReadonlySet<string> = fallbacksFor(text);
  const extra = f.fallbacks.filter((x) => needed.has(x.family)).map((x) => face(x.family, x.bytes, 400));
  return face(FONT_FAMILY, f.regular, 400) + face(FONT_FAMILY, f.bold, 700) + extra.join('');
}
