import type { z } from 'zod';
import type { ErrorCode } from '@shared/errors';
import { ERROR_CODES } from '@shared/errors';
import type { EventId } from '@shared/ids';
import type { CreateEventBody, JoinBody, PatchEventBody } from '@shared/protocol/api';
import {
  AnySchema,
  CreatedEventSchema,
  EventSummarySchema,
  EventsResponseSchema,
  HealthSchema,
  HostInfoSchema,
  JoinInfoSchema,
  JoinResponseSchema,
  JoinStatusSchema,
  RosterSchema,
  MeResponseSchema,
  TeamAssignResponseSchema,
  TimeSchema,
} from './api-schemas';
import type { TeamAssignBody, TeamAutoBody } from '@shared/session/protocol';
import type { PersonActionBody } from '@shared/session/roster';

/** `network`: the host did not answer (Wi‑Fi gone); `bad_response`: it answered something we cannot read. */
export type ApiErrorCode = ErrorCode | 'network' | 'bad_response';
export type ApiError = { code: ApiErrorCode; message: string; status: number };
/** Expected failures are values, not exceptions (docs/style.md). */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function errorFrom(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = ERROR_CODES.includes(e?.code as ErrorCode) ? (e!.code as ErrorCode) : 'internal';
  return { code, message: typeof e?.message === 'string' ? e.message : `HTTP ${status}`, status };
}

async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  opts: { token?: string | null; body?: unknown } = {},
): Promise<ApiResult<z.output<S>>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  } catch (cause) {
    return { ok: false, error: { code: 'network', message: String(cause), status: 0 } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) return { ok: false, error: errorFrom(res.status, body) };
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, error: { code: 'bad_response', message: parsed.error.message, status: res.status } };
  return { ok: true, value: parsed.data };
}

const ev = (id: EventId) => `/api/events/${encodeURIComponent(id)}`;

/** One function per endpoint of the host API (shared/protocol/api.ts). */
export const api = {
  health: () => request('GET', '/api/health', HealthSchema),
  host: (token: string) => request('GET', '/api/host', HostInfoSchema, { token }),
  events: (token: string) => request('GET', '/api/events', EventsResponseSchema, { token }),
  event: (token: string, id: EventId) => request('GET', ev(id), EventSummarySchema, { token }),
  createEvent: (token: string, body: CreateEventBody) => request('POST', '/api/events', CreatedEventSchema, { token, body }),
  patchEvent: (token: string, id: EventId, body: PatchEventBody) => request('PATCH', ev(id), AnySchema, { token, body }),
  duplicateEvent: (token: string, id: EventId) => request('POST', `${ev(id)}/duplicate`, AnySchema, { token, body: {} }),
  deleteEvent: (token: string, id: EventId) => request('DELETE', ev(id), AnySchema, { token }),
  joinInfo: (code: string) => request('GET', `/api/join/${encodeURIComponent(code)}`, JoinInfoSchema),
  join: (body: JoinBody) => request('POST', '/api/join', JoinResponseSchema, { body }),
  checkin: (token: string) => request('GET', '/api/checkin', JoinStatusSchema, { token }),
  roster: (token: string, id: EventId) => request('GET', `${ev(id)}/people`, RosterSchema, { token }),
  actOnPerson: (token: string, id: EventId, personId: string, body: PersonActionBody) =>
    request('POST', `${ev(id)}/people/${encodeURIComponent(personId)}`, RosterSchema, { token, body }),
  setCheckIn: (token: string, id: EventId, on: boolean) => request('PUT', `${ev(id)}/check-in`, RosterSchema, { token, body: { on } }),
  me: (token: string) => request('GET', '/api/me', MeResponseSchema, { token }),
  time: () => request('GET', '/api/time', TimeSchema),
  assignTeams: (token: string, id: EventId, body: TeamAssignBody) => request('POST', `${ev(id)}/teams/assign`, TeamAssignResponseSchema, { token, body }),
  autoTeams: (token: string, id: EventId, body: TeamAutoBody) => request('POST', `${ev(id)}/teams/auto`, TeamAssignResponseSchema, { token, body }),
};
