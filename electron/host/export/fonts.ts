import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The export font (PT Sans, Latin + Cyrillic, resources/fonts) as TTF bytes. Bundled with the app,
 * never looked up on the system or fetched: every machine's exports look the same.
 */
export type ExportFonts = { regular: Uint8Array; bold: Uint8Array };

export const FONT_FAMILY = 'PT Sans';

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
    return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
  })();
  cached.catch(() => (cached = null));
  return cached;
}

/** `@font-face` rules embedding the font in an SVG, so it looks right where PT Sans is not installed. */
export async function fontFaceCss(): Promise<string> {
  const f = await loadFonts();
  const face = (bytes: Uint8Array, weight: number) =>
    `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};src:url(data:font/ttf;base64,${Buffer.from(bytes).toString('base64')}) format('truetype');}`;
  return face(f.regular, 400) + face(f.bold, 700);
}
