import { create } from 'zustand';
import type { EventId } from '@shared/ids';
import type { ApiError } from '../../collab/api';
import type { ExportTarget, FileFormat } from './export-catalog';
import { exportUrl } from './export-catalog';
import { fetchFile } from './fetch-file';
import { fileNameFor } from './file-names';
import type { SaveOutcome } from './save-file';
import { saveEventFileNative, saveFetched } from './save-file';

export type Job =
  | { phase: 'running'; format: FileFormat; startedAt: number; received: number; total: number | null; cancellable: boolean }
  | { phase: 'done'; format: FileFormat; where: string }
  | { phase: 'cancelled'; format: FileFormat }
  | { phase: 'failed'; format: FileFormat; error: ApiError };

export type StartArgs = {
  eventId: EventId;
  token: string;
  key: string;
  target: ExportTarget;
  format: FileFormat;
  lang: 'ru' | 'en';
  /** Fallback name stem (event or board title) when the host sends none worth using. */
  title: string;
};

type ExportsSlice = {
  /** The event whose exports dialog is open; null when closed. Survives the dialog, so does every job. */
  openFor: EventId | null;
  /** By `jobKey(eventId, item key)`: the latest download of each item. */
  jobs: Record<string, Job>;
  open(eventId: EventId): void;
  close(): void;
  start(a: StartArgs): Promise<void>;
  cancel(eventId: EventId, key: string): void;
};

export const jobKey = (eventId: EventId, key: string) => `${eventId}|${key}`;

// AbortControllers are not state: nothing renders from them, and they must not be copied.
const controllers = new Map<string, AbortController>();

const ended = (format: FileFormat, o: SaveOutcome): Job =>
  o.kind === 'saved'
    ? { phase: 'done', format, where: o.where }
    : o.kind === 'cancelled'
      ? { phase: 'cancelled', format }
      : { phase: 'failed', format, error: o.error };

async function run(a: StartArgs, signal: AbortSignal, onBytes: (received: number, total: number | null) => void): Promise<SaveOutcome> {
  if (a.target.kind === 'event-file') {
    const native = await saveEventFileNative(a.eventId, a.title);
    if (native) return native;
  }
  const fetched = await fetchFile(exportUrl(a.eventId, a.target, a.format, a.lang), a.token, signal, onBytes);
  if (fetched.kind !== 'ok') return fetched;
  // The event file's endpoint names it by id; the title is what a person recognises.
  const name = a.target.kind === 'event-file' ? fileNameFor(a.title, 'veche') : (fetched.file.name ?? fileNameFor(a.title, a.format));
  // `veche` never reaches export:save: in the desktop app the event file went through event:save-as above.
  return saveFetched(fetched.file, name, a.format === 'veche' ? 'json' : a.format);
}

export const useExports = create<ExportsSlice>()((set, get) => {
  const put = (k: string, job: Job) => set((s) => ({ jobs: { ...s.jobs, [k]: job } }));
  return {
    openFor: null,
    jobs: {},
    open: (eventId) => set({ openFor: eventId }),
    close: () => set({ openFor: null }),
    start: async (a) => {
      const k = jobKey(a.eventId, a.key);
      if (get().jobs[k]?.phase === 'running') return;
      const controller = new AbortController();
      controllers.set(k, controller);
      const startedAt = Date.now();
      // A native save dialog cannot be closed from here, so the event file in the desktop app has no Cancel.
      const cancellable = !(a.target.kind === 'event-file' && window.veche);
      put(k, { phase: 'running', format: a.format, startedAt, received: 0, total: null, cancellable });
      const onBytes = (received: number, total: number | null) => put(k, { phase: 'running', format: a.format, startedAt, received, total, cancellable });
      try {
        put(k, ended(a.format, await run(a, controller.signal, onBytes)));
      } finally {
        controllers.delete(k);
      }
    },
    cancel: (eventId, key) => controllers.get(jobKey(eventId, key))?.abort(),
  };
});

/** For the desktop menu: open the dialog of the event on screen. */
export const openExportsDialog = (eventId: EventId) => useExports.getState().open(eventId);
