import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { fallbacksFor } from '@shared/export/font-fallback';
import { FONT_FAMILY, loadFonts } from './fonts';

/**
 * SVG → PNG with resvg compiled to WebAssembly (no native module to build per platform). Fonts come
 * only from the bundled buffers: system fonts are never loaded, so a PNG is the same everywhere.
 */
let ready: Promise<void> | null = null;

function init(): Promise<void> {
  ready ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await initWasm(await readFile(wasmPath));
  })();
  ready.catch(() => (ready = null));
  return ready;
}

/** Largest side in px: resvg allocates width × height × 4 bytes, so a 300-node tree must not ask for gigabytes. */
const MAX_SIDE = 16_000;

export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  await init();
  const fonts = await loadFonts();
  // PT Sans first; resvg falls back per character to the bundled Arabic, Hebrew and DejaVu fonts.
  // Only the fallbacks the text needs: resvg parses every buffer it is given, twice per PNG.
  const needed: ReadonlySet<string> = fallbacksFor(svg);
  const fontBuffers = [fonts.regular, fonts.bold, ...fonts.fallbacks.filter((f) => needed.has(f.family)).map((f) => f.bytes)];
  const probe = new Resvg(svg, { font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: FONT_FAMILY } });
  const side = Math.max(probe.width, probe.height);
  probe.free();
  const zoom = Math.max(0.1, Math.min(scale, MAX_SIDE / Math.max(1, side)));
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
  });
  try {
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}
