// Child-process entry: decodes an event file from elsewhere where running out of memory or time
// ends this process, not the host. Started by isolated-decode.ts (fork, advanced serialization: the
// bytes come as one message, the reply goes back as one); imports nothing that needs the host.
import * as Y from 'yjs';
import { readEventFileDocs } from './log-reader';

export type DecodeReply = { ok: true; rooms: [string, Uint8Array][]; problems: string[] } | { ok: false; message: string; code: string | null };

function run(bytes: Uint8Array): DecodeReply {
  try {
    const { docs, problems } = readEventFileDocs(bytes);
    // Re-encoded by Yjs itself: what the host then loads is sized by the real content, not by the file's claims.
    const rooms: [string, Uint8Array][] = [...docs].map(([room, doc]) => [room, Y.encodeStateAsUpdateV2(doc)]);
    return { ok: true, rooms, problems };
  } catch (err) {
    const e = err as Error & { code?: string };
    return { ok: false, message: e.message, code: typeof e.code === 'string' ? e.code : null };
  }
}

if (process.send) {
  process.once('message', (bytes: Uint8Array) => {
    const reply = run(bytes);
    process.send!(reply, undefined, {}, () => process.exit(0));
  });
}
