import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of Vite's `.vite/manifest.json` (the fields this module reads). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface LoadedFile {
  /** Path under the build folder, e.g. `assets/index-abc.js`. */
  file: string;
  /** The manifest key (source path or `_shared-chunk.js`) that brought it in. */
  via: string;
  raw: number;
  /** Bytes a browser that accepts brotli receives: the `.br` copy when there is one. */
  sent: number;
}

export const readManifest = (outDir: string): Manifest => JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;

export const entryKey = (manifest: Manifest): string => {
  const key = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!key) throw new Error('the manifest has no entry chunk');
  return key;
};

/** Manifest keys a browser loads for `roots`: each root and its static imports, transitively. */
export function staticClosure(manifest: Manifest, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return [...seen];
}

/** Every file (chunk, its CSS) behind `keys`, with the bytes sent over a brotli-accepting link. */
export function filesOf(outDir: string, manifest: Manifest, keys: string[]): LoadedFile[] {
  const out = new Map<string, LoadedFile>();
  const add = (file: string, via: string) => {
    if (out.has(file)) return;
    const raw = statSync(join(outDir, file)).size;
    out.set(file, { file, via, raw, sent: compressedSize(join(outDir, file)) ?? raw });
  };
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    add(chunk.file, key);
    for (const css of chunk.css ?? []) add(css, key);
  }
  return [...out.values()];
}

function compressedSize(path: string): number | null {
  try {
    return statSync(`${path}.br`).size;
  } catch {
    return null;
  }
}

/** Keys of every chunk only reachable through `root` (so: the code a role's screen brings). */
export function chunksOfRoute(manifest: Manifest, root: string, others: string[]): string[] {
  const shared = new Set(staticClosure(manifest, [entryKey(manifest), ...others]));
  return staticClosure(manifest, [root]).filter((k) => !shared.has(k));
}
