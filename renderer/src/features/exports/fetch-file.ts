import type { ErrorCode } from '@shared/errors';
import { ERROR_CODES } from '@shared/errors';
import type { ApiError } from '../../collab/api';
import { fileNameFromDisposition } from './file-names';
import { contentLength } from './progress';

export type FetchedFile = { bytes: Uint8Array; name: string | null; type: string };
/** Expected endings are values (docs/style.md): a cancel is not an error, a refusal carries the host's words. */
export type FetchOutcome = { kind: 'ok'; file: FetchedFile } | { kind: 'cancelled' } | { kind: 'failed'; error: ApiError };

export type OnBytes = (received: number, total: number | null) => void;

const isAbort = (e: unknown, signal: AbortSignal) => signal.aborted || (e instanceof DOMException && e.name === 'AbortError');

async function errorOf(res: Response): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = ERROR_CODES.includes(e?.code as ErrorCode) ? (e!.code as ErrorCode) : 'internal';
  return { code, message: typeof e?.message === 'string' ? e.message : `HTTP ${res.status}`, status: res.status };
}

/** Reads the body chunk by chunk so the bar can move; aborting the signal cancels the read too. */
async function readBody(res: Response, onBytes: OnBytes): Promise<Uint8Array> {
  const total = contentLength(res.headers.get('Content-Length'));
  onBytes(0, total);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onBytes(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/**
 * GET a host file with the facilitator's token. Aborting `signal` closes the connection, and the
 * host stops building a file nobody is waiting for (api-export.ts listens for the close).
 */
export async function fetchFile(url: string, token: string, signal: AbortSignal, onBytes: OnBytes): Promise<FetchOutcome> {
  try {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal });
    if (!res.ok) return { kind: 'failed', error: await errorOf(res) };
    const bytes = await readBody(res, onBytes);
    const name = fileNameFromDisposition(res.headers.get('Content-Disposition'));
    return { kind: 'ok', file: { bytes, name, type: res.headers.get('Content-Type') ?? 'application/octet-stream' } };
  } catch (cause) {
    if (isAbort(cause, signal)) return { kind: 'cancelled' };
    return { kind: 'failed', error: { code: 'network', message: String(cause), status: 0 } };
  }
}
