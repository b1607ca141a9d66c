import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../electron/host/http/static';
import { precompressFile } from '../../renderer/build/precompress';
import type { TestHost } from './helpers/host';
import { startTestHost } from './helpers/host';

let host: TestHost;
let rendererDir: string;
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `слово-${i}`))};\n`;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'veche-renderer-'));
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'index.html'), `<!doctype html><title>x</title>${'<p>текст</p>'.repeat(200)}`);
  await writeFile(join(rendererDir, 'assets/app-abc123.js'), SCRIPT);
  await writeFile(join(rendererDir, 'assets/tiny-abc123.js'), 'export {};\n');
  await writeFile(join(rendererDir, 'assets/font-abc123.woff2'), Buffer.alloc(3000, 7));
  for (const f of ['index.html', 'assets/app-abc123.js', 'assets/tiny-abc123.js']) await precompressFile(join(rendererDir, f));
  host = await startTestHost({ rendererDir });
});
afterAll(async () => {
  await host.stop();
  await rm(rendererDir, { recursive: true, force: true });
});

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
function get(path: string, headers: Record<string, string>, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('precompressed assets', () => {
  it('sends brotli to a browser that accepts it, with its true length and Vary', async () => {
    const r = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(SCRIPT));
    expect(brotliDecompressSync(r.body).toString()).toBe(SCRIPT);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('falls back to gzip, then to the file as is', async () => {
    const gz = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get('/assets/app-abc123.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT));
  });

  it('honours q=0 refusals', async () => {
    const r = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'br;q=0, gzip;q=0.5' });
    expect(r.headers['content-encoding']).toBe('gzip');
    const none = await get('/assets/app-abc123.js', { 'Accept-Encoding': '*;q=0, identity' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(SCRIPT);
  });

  it('answers a Range request with the whole original, never a slice of a compressed copy', async () => {
    const r = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'br', Range: 'bytes=0-9' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe(SCRIPT);
  });

  it('compresses app routes (index.html), which stay uncached', async () => {
    const r = await get('/join/ABCDEF', { 'Accept-Encoding': 'br' });
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(r.body).toString()).toContain('<title>x</title>');
  });

  it('sends files without a compressed copy as they are: tiny scripts and fonts', async () => {
    const tiny = await get('/assets/tiny-abc123.js', { 'Accept-Encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};\n');
    const font = await get('/assets/font-abc123.woff2', { 'Accept-Encoding': 'br, gzip' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['vary']).toBeUndefined();
    expect(font.body.length).toBe(3000);
  });

  it('gives HEAD the headers of the GET it stands for, without a body', async () => {
    const r = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    const full = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'br' });
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-length']).toBe(full.headers['content-length']);
    expect(r.body.length).toBe(0);
  });
});

describe('Accept-Encoding parsing', () => {
  it('reads weights, wildcards and junk without throwing', () => {
    expect([...acceptedEncodings('gzip, br')].sort()).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings('BR;Q=1.0')]).toEqual(['br']);
    expect(acceptedEncodings('*').has('br')).toBe(true);
    expect(acceptedEncodings('*, br;q=0').has('br')).toBe(false);
    expect(acceptedEncodings(undefined).size).toBe(0);
    expect(acceptedEncodings(';;,,q=,'.repeat(5000)).has('br')).toBe(false);
  });
});
