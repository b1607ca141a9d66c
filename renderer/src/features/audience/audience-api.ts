import type { ApiResult } from '../../collab/api';
import type { QuestionQueue } from '@shared/audience/api';
import { QuestionQueueSchema } from '@shared/audience/api';
import type { QuestionStatus } from '@shared/doc/audience';
import type { EventId } from '@shared/ids';
import { postJson } from '../voting/voting-api';

/** The question session's moderation endpoints (facilitators only; docs/protocol.md). */
const base = (eventId: EventId, boardId: string) => `/api/events/${encodeURIComponent(eventId)}/boards/${encodeURIComponent(boardId)}`;

function parsed(r: ApiResult<unknown>): ApiResult<QuestionQueue> {
  if (!r.ok) return r;
  const p = QuestionQueueSchema.safeParse(r.value);
  return p.success ? { ok: true, value: p.data } : { ok: false, error: { code: 'bad_response', message: p.error.message, status: 200 } };
}

export async function fetchQueue(token: string, eventId: EventId, boardId: string): Promise<ApiResult<QuestionQueue>> {
  try {
    const res = await fetch(`${base(eventId, boardId)}/questions`, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}`, status: res.status } };
    return parsed({ ok: true, value: body });
  } catch (cause) {
    return { ok: false, error: { code: 'network', message: String(cause), status: 0 } };
  }
}

export const moderate = async (token: string, eventId: EventId, boardId: string, questionId: string, status: QuestionStatus) =>
  parsed(await postJson(token, `${base(eventId, boardId)}/questions/${encodeURIComponent(questionId)}`, { status }));

export const answerNow = async (token: string, eventId: EventId, boardId: string, questionId: string | null) =>
  parsed(await postJson(token, `${base(eventId, boardId)}/now-answering`, { questionId }));
