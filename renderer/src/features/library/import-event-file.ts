import type { ErrorCode } from '@shared/errors';
import { ERROR_CODES } from '@shared/errors';
import type { EventId } from '@shared/ids';
import type { ApiError, ApiResult } from '../../collab/api';
import { CreatedEventSchema } from '../../collab/api-schemas';

export type ImportedEvent = { id: EventId; joinCode: string };

/**
 * `POST /api/events/import` with the raw bytes of a `.veche` file. Not in collab/api.ts because
 * the body is binary, not JSON; the answer is parsed by the same schema as a created event.
 */
export async function importEventFile(token: string, file: Blob): Promise<ApiResult<ImportedEvent>> {
  let res: Response;
  try {
    res = await fetch('/api/events/import', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/x-veche', Accept: 'application/json' },
      body: file,
    });
  } catch (cause) {
    return { ok: false, error: { code: 'network', message: String(cause), status: 0 } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) return { ok: false, error: errorOf(res.status, body) };
  const parsed = CreatedEventSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: { code: 'bad_response', message: parsed.error.message, status: res.status } };
  return { ok: true, value: parsed.data };
}

function errorOf(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = ERROR_CODES.includes(e?.code as ErrorCode) ? (e!.code as ErrorCode) : 'internal';
  return { code, message: typeof e?.message === 'string' ? e.message : `HTTP ${status}`, status };
}
