import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { decodePathPart } from './request-path';
import { BASE_HEADERS } from './respond';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the built renderer. Paths without an extension are app routes (`/join/ABC`, `/event/x`)
 * and get index.html; nothing outside the renderer folder can be reached.
 */
export async function serveStatic(rendererDir: string, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, BASE_HEADERS).end();
    return;
  }
  const wantsFile = extname(path) !== '';
  const rel = wantsFile ? normalize(decodePathPart(path)).replace(/^([/\\])+/, '') : 'index.html';
  const file = join(rendererDir, rel);
  if (!file.startsWith(rendererDir + sep) || rel.split(/[/\\]/).includes('..')) {
    res.writeHead(404, BASE_HEADERS).end();
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    const missingApp = !wantsFile;
    res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(missingApp ? 'The renderer is not built: run `npm run build`.' : 'Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const varies = PRECOMPRESSED_TYPES.has(extname(file));
  const encoding = varies && !req.headers.range ? await pickEncoding(file, req.headers['accept-encoding']) : null;
  const sent = encoding ? { path: `${file}${encoding.suffix}`, size: encoding.size } : { path: file, size: info.size };
  const immutable = rel.startsWith('assets/');
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': type,
    'Content-Length': sent.size,
    ...(encoding ? { 'Content-Encoding': encoding.name } : {}),
    // Caches (and the browser's own) must not hand a gzip body to a client that asked for none.
    ...(varies ? { Vary: 'Accept-Encoding' } : {}),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(sent.path).pipe(res);
}

/** Formats the build precompresses (renderer/build/precompress.ts); fonts and images are dense already. */
const PRECOMPRESSED_TYPES = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.ico', '.webmanifest']);
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * The smallest precompressed copy the client accepts (br, then gzip), or null for the file as is.
 * A Range request always gets the original: byte offsets into a compressed copy would mean nothing.
 */
async function pickEncoding(file: string, header: string | undefined): Promise<{ name: string; suffix: string; size: number } | null> {
  const accepted = acceptedEncodings(header);
  for (const encoding of ENCODINGS) {
    if (!accepted.has(encoding.name)) continue;
    const copy = await stat(`${file}${encoding.suffix}`).catch(() => null);
    if (copy?.isFile()) return { ...encoding, size: copy.size };
  }
  return null;
}

/** Codings named in Accept-Encoding with a non-zero weight (`*` stands for any not named). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of (header ?? '').slice(0, 1024).split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    (q !== undefined && Number(q) === 0 ? refused : accepted).add(token);
  }
  if (accepted.has('*')) for (const { name } of ENCODINGS) if (!refused.has(name)) accepted.add(name);
  for (const name of refused) accepted.delete(name);
  return accepted;
}
