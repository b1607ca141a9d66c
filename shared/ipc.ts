import type { Result } from './errors';
import type { EventId } from './ids';

/**
 * The one IPC contract between the Electron main process and the renderer.
 * Channels are `namespace:verb`. Main implements each namespace as an object that `satisfies`
 * `HandlerSlice<'namespace', Ctx>`; the preload exposes `invoke`/`on` typed from these maps and
 * nothing else. Expected failures come back as `{ ok: false, error }`, never as null.
 * Type-only apart from the channel lists, so the preload bundle stays tiny.
 */

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const EXPORT_FORMATS = ['svg', 'png', 'md', 'mm', 'json', 'docx', 'xlsx', 'csv', 'html', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A save dialog the user closed is an outcome, not an error. */
export type SavedFile = { kind: 'saved'; path: string } | { kind: 'cancelled' };

export type OpenedEvent = { id: EventId; joinCode: string };
export type OpenedFile = ({ kind: 'opened' } & OpenedEvent) | { kind: 'cancelled' };

export type ExportRequest = {
  /** File name without folder; the extension is added from `format` if missing. */
  suggestedName: string;
  format: ExportFormat;
  bytes: Uint8Array;
};

export type AppInfo = {
  version: string;
  platform: 'linux' | 'darwin' | 'win32' | 'other';
  language: Language;
  /** http://127.0.0.1:PORT — the console's own origin. */
  localUrl: string;
  /** What participants type or scan: http://<LAN IPv4>:PORT. */
  lanUrls: string[];
  dataDir: string;
};

/** renderer → main, request/response (`ipcRenderer.invoke`). */
export type IpcContract = {
  'projector:open': { args: [{ eventId: EventId }]; result: Result<void> };
  'projector:close': { args: []; result: Result<void> };
  'event:open-file': { args: []; result: Result<OpenedFile> };
  'event:save-as': { args: [{ eventId: EventId; suggestedName?: string }]; result: Result<SavedFile> };
  'export:save': { args: [ExportRequest]; result: Result<SavedFile> };
  'app:set-language': { args: [Language]; result: Result<void> };
  'app:info': { args: []; result: Result<AppInfo> };
  'app:open-external': { args: [url: string]; result: Result<void> };
};

/** main → renderer, fire-and-forget (`webContents.send`). */
export type IpcEvents = {
  /** Menu items that need the renderer's context (which event is open) are handled there. */
  'menu:new-event': [];
  'menu:save-as': [];
  'menu:export': [];
  'menu:projector': [];
  /** An event file was opened from the menu, the file manager or a second launch. */
  'event:opened': [OpenedEvent];
  'language:changed': [Language];
};

export type InvokeChannel = keyof IpcContract;
export type EventChannel = keyof IpcEvents;
export type InvokeArgs<C extends InvokeChannel> = IpcContract[C]['args'];
export type InvokeResult<C extends InvokeChannel> = IpcContract[C]['result'];

// Records, not arrays, so the compiler proves every channel is listed and nothing else is.
const INVOKE_CHANNEL_SET: Record<InvokeChannel, true> = {
  'projector:open': true,
  'projector:close': true,
  'event:open-file': true,
  'event:save-as': true,
  'export:save': true,
  'app:set-language': true,
  'app:info': true,
  'app:open-external': true,
};
const EVENT_CHANNEL_SET: Record<EventChannel, true> = {
  'menu:new-event': true,
  'menu:save-as': true,
  'menu:export': true,
  'menu:projector': true,
  'event:opened': true,
  'language:changed': true,
};

/** Runtime lists: the preload refuses anything else, main registers exactly these. */
export const INVOKE_CHANNELS = Object.keys(INVOKE_CHANNEL_SET) as InvokeChannel[];
export const EVENT_CHANNELS = Object.keys(EVENT_CHANNEL_SET) as EventChannel[];

export const isInvokeChannel = (c: unknown): c is InvokeChannel => typeof c === 'string' && Object.hasOwn(INVOKE_CHANNEL_SET, c);
export const isEventChannel = (c: unknown): c is EventChannel => typeof c === 'string' && Object.hasOwn(EVENT_CHANNEL_SET, c);

type VerbOf<C extends string, N extends string> = C extends `${N}:${infer V}` ? V : never;
type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;
export type IpcNamespace = NamespaceOf<InvokeChannel>;

/** What main implements for one namespace: `{ open: (ctx, { eventId }) => Promise<Result<void>> }`. */
export type HandlerSlice<N extends IpcNamespace, Ctx> = {
  [C in InvokeChannel as VerbOf<C, N>]: (ctx: Ctx, ...args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
};

/** `window.veche`, exposed by the preload through contextBridge. */
export type VecheBridge = {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>>;
  /** Returns the unsubscribe function. */
  on<C extends EventChannel>(channel: C, listener: (...payload: IpcEvents[C]) => void): () => void;
};

declare global {
  interface Window {
    /** Present inside the desktop app only; plain browsers on the LAN have no bridge. */
    veche?: VecheBridge;
  }
}
