// Shared by the persistence tests: temp dirs, a simulated host, random edits, a fault-injecting fs.
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import * as Y from 'yjs';
import type { EventFile, FileLike, FsAdapter } from '../../../electron/host/persistence/event-file';
import { nodeFs } from '../../../electron/host/persistence/fs-adapter';

export async function makeTempDir(): Promise<string> {
  return fsp.mkdtemp(nodePath.join(os.tmpdir(), 'veche-persistence-'));
}

export const removeDir = (dir: string) => fsp.rm(dir, { recursive: true, force: true });

/** mulberry32: deterministic so a failing seed can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random change to a doc: map set/delete, text insert/delete or array push. */
export function randomEdit(doc: Y.Doc, rnd: () => number): void {
  const pick = Math.floor(rnd() * 5);
  const text = doc.getText('t');
  doc.transact(() => {
    if (pick === 0) doc.getMap('m').set(`k${Math.floor(rnd() * 20)}`, Math.floor(rnd() * 1000));
    else if (pick === 1) doc.getMap('m').delete(`k${Math.floor(rnd() * 20)}`);
    else if (pick === 2) text.insert(Math.floor(rnd() * (text.length + 1)), `w${Math.floor(rnd() * 100)} `);
    else if (pick === 3 && text.length > 0) text.delete(Math.floor(rnd() * text.length), 1);
    else doc.getArray('a').push([Math.floor(rnd() * 100)]);
  });
}

/** What two docs must agree on: content of the shared types used above, and the state vector. */
export function contentOf(docs: Map<string, Y.Doc>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [room, doc] of docs) {
    out[room] = {
      m: doc.getMap('m').toJSON(),
      t: doc.getText('t').toString(),
      a: doc.getArray('a').toJSON(),
      sv: Array.from(Y.encodeStateVector(doc)),
    };
  }
  return out;
}

/** Live docs wired to an event file the way the host wires them: every update is appended. */
export class SimHost {
  readonly docs = new Map<string, Y.Doc>();
  constructor(
    public file: EventFile,
    loaded: Map<string, Y.Doc> = new Map(),
  ) {
    for (const [room, doc] of loaded) this.#wire(room, doc);
    file.setDocs(() => this.docs);
  }
  doc(room: string): Y.Doc {
    return this.docs.get(room) ?? this.#wire(room, new Y.Doc());
  }
  #wire(room: string, doc: Y.Doc): Y.Doc {
    this.docs.set(room, doc);
    doc.on('update', (update: Uint8Array) => this.file.append(room, update));
    return doc;
  }
}

export type Faults = { write: boolean; sync: boolean; rename: boolean; partialWrite: boolean; calls: number };

function ioError(code: string): Error {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

/** Node's fs with switchable failures; `beforeRename` lets a test act while a compaction is mid-way. */
export type Hooks = { beforeRename?: () => Promise<void>; beforeSync?: (path: string) => Promise<void> };

export function faultyFs(): { fs: FsAdapter; faults: Faults; hooks: Hooks } {
  const faults: Faults = { write: false, sync: false, rename: false, partialWrite: false, calls: 0 };
  const hooks: Hooks = {};
  const wrap = (file: FileLike, path: string): FileLike => ({
    async writeAt(data, position) {
      faults.calls++;
      if (!faults.write) return file.writeAt(data, position);
      if (faults.partialWrite) await file.writeAt(data.subarray(0, data.length >> 1), position);
      throw ioError('ENOSPC');
    },
    async sync() {
      faults.calls++;
      await hooks.beforeSync?.(path);
      if (faults.sync) throw ioError('EIO');
      return file.sync();
    },
    truncate: (length) => file.truncate(length),
    close: () => file.close(),
  });
  const fs: FsAdapter = {
    ...nodeFs,
    open: async (path, flags) => wrap(await nodeFs.open(path, flags), path),
    async rename(from, to) {
      await hooks.beforeRename?.();
      if (faults.rename) throw ioError('EIO');
      return nodeFs.rename(from, to);
    },
  };
  return { fs, faults, hooks };
}
