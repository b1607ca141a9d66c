import type { CaseBody, CaseRecord, ChampStatus } from '@shared/championship/api';
import type { EventId } from '@shared/ids';
import type { ApiResult } from '../../collab/api';
import { currentLanguage } from '../../i18n';
import { postJson } from '../voting/voting-api';

/**
 * The championship's host endpoints (docs/protocol.md, "Championship"). Results come back through
 * the results room; these answers are read for success, a reason to show, or the facilitator-only
 * status and case drafts (never synced, so they are fetched).
 */

const base = (id: EventId) => `/api/events/${encodeURIComponent(id)}/championship`;

async function getJson<T>(token: string, path: string): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  } catch (cause) {
    return { ok: false, error: { code: 'network', message: String(cause), status: 0 } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (body as { error?: { message?: unknown } } | null)?.error;
    return { ok: false, error: { code: 'internal', message: typeof e?.message === 'string' ? e.message : `HTTP ${res.status}`, status: res.status } };
  }
  // The facilitator's own host answers; a shape check beyond "is an object" would duplicate the host's types.
  return body && typeof body === 'object'
    ? { ok: true, value: body as T }
    : { ok: false, error: { code: 'bad_response', message: 'not an object', status: res.status } };
}

async function send(token: string, method: 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<unknown>> {
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return res.ok ? { ok: true, value: null } : { ok: false, error: { code: 'internal', message: `HTTP ${res.status}`, status: res.status } };
  } catch (cause) {
    return { ok: false, error: { code: 'network', message: String(cause), status: 0 } };
  }
}

export const champApi = {
  cases: (token: string, id: EventId) => getJson<{ cases: CaseRecord[] }>(token, `${base(id)}/cases`),
  addCase: (token: string, id: EventId, body: CaseBody) => postJson(token, `${base(id)}/cases`, body),
  editCase: (token: string, id: EventId, caseId: string, body: Partial<CaseBody>) =>
    send(token, 'PATCH', `${base(id)}/cases/${encodeURIComponent(caseId)}`, body),
  removeCase: (token: string, id: EventId, caseId: string) => send(token, 'DELETE', `${base(id)}/cases/${encodeURIComponent(caseId)}`),
  release: (token: string, id: EventId, caseIds?: string[]) => postJson(token, `${base(id)}/release`, caseIds ? { caseIds } : {}),
  boards: (token: string, id: EventId, round: string) => postJson(token, `${base(id)}/boards`, { round }),
  status: (token: string, id: EventId, round: string) => getJson<ChampStatus>(token, `${base(id)}/status?round=${encodeURIComponent(round)}`),
  reveal: (token: string, id: EventId, round: string, mode: 'all' | 'stepwise') => postJson(token, `${base(id)}/reveal`, { mode, round }),
  revealNext: (token: string, id: EventId, round: string) => postJson(token, `${base(id)}/reveal/next`, { round }),
  audience: (token: string, id: EventId, round: string) => postJson(token, `${base(id)}/audience`, { round, lang: currentLanguage() }),
  reopen: (token: string, id: EventId, round: string, person: string, reason: string) => postJson(token, `${base(id)}/reopen`, { round, person, reason }),
  unfreeze: (token: string, id: EventId, round: string, reason: string) => postJson(token, `${base(id)}/unfreeze`, { round, reason }),
  recusal: (token: string, id: EventId, round: string, person: string, team: string, recused: boolean) =>
    postJson(token, `${base(id)}/recusal`, { round, person, team, recused }),
  deciding: (token: string, id: EventId, round: string, teamIds: string[]) => postJson(token, `${base(id)}/deciding`, { round, teamIds }),
  moderate: (token: string, id: EventId, body: { round: string; scorer: string; team: string; criterion: string; score: number | null; reason: string }) =>
    postJson(token, `${base(id)}/moderate`, body),
};

export const PROTOCOL_FORMATS = ['pdf', 'docx', 'xlsx', 'csv'] as const;
export type ProtocolFormat = (typeof PROTOCOL_FORMATS)[number];
/** One protocol covers every round (docs/championship.md), so only the language is chosen. */
export const protocolUrl = (id: EventId, format: ProtocolFormat, lang: string) =>
  `/api/events/${encodeURIComponent(id)}/export/protocol.${format}?lang=${lang === 'en' ? 'en' : 'ru'}`;
