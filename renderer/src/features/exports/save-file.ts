import type { EventId } from '@shared/ids';
import type { ExportFormat, SavedFile } from '@shared/ipc';
import type { ApiError } from '../../collab/api';
import type { FetchedFile } from './fetch-file';
import { stemOf } from './file-names';

/** `saved.where`: the path the desktop app wrote, or the file name the browser downloaded. */
export type SaveOutcome = { kind: 'saved'; where: string } | { kind: 'cancelled' } | { kind: 'failed'; error: ApiError };

const fromSaved = (r: SavedFile): SaveOutcome => (r.kind === 'saved' ? { kind: 'saved', where: r.path } : { kind: 'cancelled' });
const ipcError = (e: { code: ApiError['code']; message: string }): SaveOutcome => ({ kind: 'failed', error: { ...e, status: 0 } });

/** The browser's own download: a Blob behind a temporary `<a download>`. */
export function browserDownload(bytes: Uint8Array, name: string, type: string): void {
  // A copy into a plain ArrayBuffer: Blob does not take views over a SharedArrayBuffer.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking synchronously can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** In the desktop app: the native save dialog (main adds the extension and filters by format). */
export async function saveFetched(file: FetchedFile, name: string, format: ExportFormat): Promise<SaveOutcome> {
  const bridge = window.veche;
  if (!bridge) {
    browserDownload(file.bytes, name, file.type);
    return { kind: 'saved', where: name };
  }
  const r = await bridge.invoke('export:save', { suggestedName: stemOf(name), format, bytes: file.bytes });
  return r.ok ? fromSaved(r.value) : ipcError(r.error);
}

/** Desktop only: main reads the event straight from its host, so no bytes cross the bridge twice. */
export async function saveEventFileNative(eventId: EventId, title: string): Promise<SaveOutcome | null> {
  const bridge = window.veche;
  if (!bridge) return null;
  const r = await bridge.invoke('event:save-as', { eventId, suggestedName: title || undefined });
  return r.ok ? fromSaved(r.value) : ipcError(r.error);
}
