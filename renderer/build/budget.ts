import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedFile, Manifest } from './first-load';
import { entryKey, filesOf, staticClosure } from './first-load';
import { ROUTE_MODULES } from '../src/app/route-modules';

/** What a phone that scans the QR code downloads before the join form shows. */
export const JOIN_BUDGET = 300 * 1024;

/** The join page: index.html, the entry and its static imports, the join chunk, their CSS, and the fonts. */
export function joinFirstLoad(outDir: string, manifest: Manifest): LoadedFile[] {
  return withShell(outDir, manifest, staticClosure(manifest, [entryKey(manifest), ROUTE_MODULES.join]));
}

/** The join page and then the participant's board (a card board, the default). */
export function participantFirstLoad(outDir: string, manifest: Manifest): LoadedFile[] {
  return withShell(outDir, manifest, staticClosure(manifest, [entryKey(manifest), ROUTE_MODULES.join, ROUTE_MODULES.participant]));
}

/**
 * Fonts count whole: a Russian page shows Cyrillic and Latin (digits, spaces, punctuation), in
 * regular and bold, so the browser fetches all four faces the entry's CSS declares.
 */
function withShell(outDir: string, manifest: Manifest, keys: string[]): LoadedFile[] {
  const files = filesOf(outDir, manifest, keys);
  const entry = manifest[entryKey(manifest)];
  for (const font of (entry?.assets ?? []).filter((a) => a.endsWith('.woff2'))) {
    const raw = statSync(join(outDir, font)).size;
    files.push({ file: font, via: 'font', raw, sent: raw });
  }
  const html = join(outDir, 'index.html');
  const htmlRaw = statSync(html).size;
  files.push({ file: 'index.html', via: 'index.html', raw: htmlRaw, sent: sizeOr(`${html}.br`, htmlRaw) });
  return files;
}

const sizeOr = (path: string, fallback: number): number => {
  try {
    return statSync(path).size;
  } catch {
    return fallback;
  }
};

export const totalSent = (files: LoadedFile[]): number => files.reduce((n, f) => n + f.sent, 0);

/**
 * Bytes per chunk name (the source-derived part of the file name, without its hash), which stays
 * the same from build to build: what the budget compares against its recorded baseline.
 */
export function byChunkName(files: LoadedFile[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files) {
    const name = f.file.replace(/^assets\//, '').replace(/-[A-Za-z0-9_-]{8}(\.[a-z0-9]+)$/, '$1');
    out[name] = (out[name] ?? 0) + f.sent;
  }
  return out;
}
