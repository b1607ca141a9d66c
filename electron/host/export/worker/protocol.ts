import type { ErrorCode } from '@shared/errors';
import type { Lang } from '@shared/export/labels';
import type { ExportExt, ExportName } from '../exports';

/**
 * Messages between the host and an export worker. The worker gets copies of the event's docs (as
 * Yjs updates), never the live ones: it cannot change the event, and the host keeps serving while
 * it builds.
 */
export type ExportJob = { id: number; name: ExportName; lang: Lang; docs: [rel: string, update: Uint8Array][] };

export type WorkerReply =
  | { id: number; kind: 'progress'; fraction: number }
  | { id: number; kind: 'done'; bytes: Uint8Array; type: string; title: string; ext: ExportExt }
  | { id: number; kind: 'failed'; code: ErrorCode; message: string };
