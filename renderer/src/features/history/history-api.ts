import { z } from 'zod';
import type { ApiResult } from '../../collab/api';
import type { ErrorCode } from '@shared/errors';
import { ERROR_CODES } from '@shared/errors';
import type { EventId } from '@shared/ids';
import { postJson } from '../voting/voting-api';

/**
 * The facilitator's board history endpoints (docs/protocol.md, "History, restore and the audit log").
 * Answers are parsed here: a host of another version must not crash the console with a missing field.
 */
export const PointSchema = z.object({
  id: z.string(),
  at: z.number(),
  reason: z.string(),
  by: z.string(),
  cards: z.number(),
  nodes: z.number(),
  changed: z.number().nullable().catch(null),
});
export type Point = z.infer<typeof PointSchema>;

const WriterSchema = z.object({ personId: z.string(), name: z.string(), last: z.number() });
export type Writer = z.infer<typeof WriterSchema>;

const ListingSchema = z.object({
  points: z.array(PointSchema),
  writers: z.array(WriterSchema).catch([]),
  attributionSince: z.number().catch(0),
});
export type Listing = z.infer<typeof ListingSchema>;

const PreviewSchema = z.object({
  point: PointSchema,
  cards: z.array(z.object({ id: z.string(), text: z.string(), authorName: z.string(), column: z.string().nullable() })),
  nodes: z.array(z.object({ id: z.string(), text: z.string(), parentId: z.string().nullable(), kind: z.string(), authorName: z.string().catch('') })),
  /** The board at that point as one Yjs update, base64 ('' from a host that does not send it: the lists are shown instead). */
  update: z.string().catch(''),
});
export type Preview = z.infer<typeof PreviewSchema>;

const RestoredSchema = z.object({ changed: z.number(), undoPoint: z.string() });
const UndoneSchema = z.object({
  restored: z.array(z.string()),
  skipped: z.array(z.object({ record: z.string(), by: z.array(z.string()) })),
  undoPoint: z.string(),
  incomplete: z.boolean(),
});
export type Undone = z.infer<typeof UndoneSchema>;

const path = (eventId: EventId, boardId: string) => `/api/events/${encodeURIComponent(eventId)}/boards/${encodeURIComponent(boardId)}/history`;

async function getJson<S extends z.ZodType>(token: string, url: string, schema: S): Promise<ApiResult<z.output<S>>> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  } catch (cause) {
    return { ok: false, error: { code: 'network', message: String(cause), status: 0 } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = ERROR_CODES.includes(e?.code as ErrorCode) ? (e!.code as ErrorCode) : 'internal';
    return { ok: false, error: { code, message: typeof e?.message === 'string' ? e.message : `HTTP ${res.status}`, status: res.status } };
  }
  return parsed(schema, body, res.status);
}

function parsed<S extends z.ZodType>(schema: S, body: unknown, status: number): ApiResult<z.output<S>> {
  const p = schema.safeParse(body);
  return p.success ? { ok: true, value: p.data } : { ok: false, error: { code: 'bad_response', message: p.error.message, status } };
}

async function post<S extends z.ZodType>(token: string, url: string, schema: S, body?: unknown): Promise<ApiResult<z.output<S>>> {
  const r = await postJson(token, url, body);
  return r.ok ? parsed(schema, r.value, 200) : r;
}

export const historyApi = {
  list: (token: string, eventId: EventId, boardId: string) => getJson(token, path(eventId, boardId), ListingSchema),
  take: (token: string, eventId: EventId, boardId: string) => post(token, path(eventId, boardId), PointSchema),
  preview: (token: string, eventId: EventId, boardId: string, pointId: string) =>
    getJson(token, `${path(eventId, boardId)}/${encodeURIComponent(pointId)}`, PreviewSchema),
  restore: (token: string, eventId: EventId, boardId: string, pointId: string) =>
    post(token, `${path(eventId, boardId)}/${encodeURIComponent(pointId)}/restore`, RestoredSchema),
  undoPerson: (token: string, eventId: EventId, boardId: string, person: string, since: number) =>
    post(token, `${path(eventId, boardId)}/undo-person`, UndoneSchema, { person, since }),
};
