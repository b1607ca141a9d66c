import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; fonts (woff2), images and zips are compressed already. */
export const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.ico', '.webmanifest']);
/** Below this a compressed copy saves less than its extra headers cost. */
const MIN_BYTES = 1024;

/** Brotli at its densest and gzip at 9: built once, sent to every phone at every session. */
export async function precompressFile(file: string): Promise<{ br: number | null; gz: number | null }> {
  const raw = await readFile(file);
  if (raw.length < MIN_BYTES) return { br: null, gz: null };
  const [b, g] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gz(raw, { level: 9 }),
  ]);
  // A copy no smaller than the original is never worth choosing; the host then sends the original.
  const out = { br: null as number | null, gz: null as number | null };
  if (b.length < raw.length) {
    await writeFile(`${file}.br`, b);
    out.br = b.length;
  }
  if (g.length < raw.length) {
    await writeFile(`${file}.gz`, g);
    out.gz = g.length;
  }
  return out;
}

/**
 * Writes `x.br` and `x.gz` beside every compressible file of the build, so the host can send a
 * phone the smallest encoding it accepts without compressing anything per request
 * (electron/host/http/static.ts).
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'veche:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.has(extname(name)));
      await Promise.all(files.map((name) => precompressFile(join(outDir, name))));
    },
  };
}
