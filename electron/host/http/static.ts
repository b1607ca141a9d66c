import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
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
  const immutable = rel.startsWith('assets/');
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
