import type { ApiError, ApiResult } from '../../collab/api';
import type { ErrorCode } from '@shared/errors';
import { ERROR_CODES } from '@shared/errors';
import type { EventId } from '@shared/ids';
import type { OpenVoteBody } from '@shared/voting/api';

/**
 * The facilitator's voting and reveal endpoints (docs/protocol.md). Kept beside the feature rather
 * than in collab/api.ts: results come back through the results room, so only success or a reason
 * to show is read from these answers.
 */

function errorOf(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = ERROR_CODES.includes(e?.code as ErrorCode) ? (e!.code as ErrorCode) : 'internal';
  return { code, message: typeof e?.message === 'string' ? e.message : `HTTP ${status}`, status };
}

export async function postJson(token: string, path: string, body?: unknown): Promise<ApiResult<unknown>> {
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (cause) {
    return { ok: false, error: { code: 'network', message: String(cause), status: 0 } };
  }
  const parsed: unknown = await res.json().catch(() => null);
  return res.ok ? { ok: true, value: parsed } : { ok: false, error: errorOf(res.status, parsed) };
}

const ev = (id: EventId) => `/api/events/${encodeURIComponent(id)}`;

export async function openVoteOnHost(token: string, eventId: EventId, body: OpenVoteBody): Promise<ApiResult<string>> {
  const r = await postJson(token, `${ev(eventId)}/votes`, body);
  if (!r.ok) return r;
  const voteId = (r.value as { voteId?: unknown } | null)?.voteId;
  return typeof voteId === 'string' ? { ok: true, value: voteId } : { ok: false, error: { code: 'bad_response', message: 'no voteId', status: 201 } };
}

export const closeVoteOnHost = (token: string, eventId: EventId, voteId: string) => postJson(token, `${ev(eventId)}/votes/${encodeURIComponent(voteId)}/close`);

export const revealOnHost = (token: string, eventId: EventId, boardId: string) =>
  postJson(token, `${ev(eventId)}/boards/${encodeURIComponent(boardId)}/reveal`);
