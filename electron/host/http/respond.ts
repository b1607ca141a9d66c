import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodType } from 'zod';
import type { ErrorBody, ErrorCode } from '@shared/errors';
import { AppError, HTTP_STATUS } from '@shared/errors';

export const MAX_JSON_BODY = 256 * 1024;
export const MAX_FILE_BODY = 256 * 1024 * 1024;

/** Headers every response carries: no sniffing, no framing by other sites, no referrer leaks. */
export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': data.length,
    'Cache-Control': 'no-store',
  });
  res.end(data);
}

export function sendError(res: ServerResponse, code: ErrorCode, message: string): void {
  const body: ErrorBody = { error: { code, message } };
  sendJson(res, HTTP_STATUS[code], body);
}

export function sendBytes(res: ServerResponse, bytes: Uint8Array, type: string, filename?: string): void {
  const headers: Record<string, string | number> = { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': bytes.length, 'Cache-Control': 'no-store' };
  if (filename) headers['Content-Disposition'] = `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`;
  res.writeHead(200, headers);
  res.end(bytes);
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new AppError('payload_too_large', `body over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new AppError('payload_too_large', `body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads and validates a JSON body; anything malformed is a 400 with the schema's reason. */
export async function readJson<T>(req: IncomingMessage, schema: ZodType<T>): Promise<T> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new AppError('bad_request', 'expected Content-Type: application/json');
  const raw = await readBody(req, MAX_JSON_BODY);
  let data: unknown;
  try {
    data = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
  } catch {
    throw new AppError('bad_request', 'body is not valid JSON');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_request', issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body');
  }
  return parsed.data;
}
