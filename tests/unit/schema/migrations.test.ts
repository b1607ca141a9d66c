import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EventLibrary } from '../../../electron/host/events/library';
import { kindOfRel, migrateEventDocs } from '../../../electron/host/events/schema-open';
import { readEventFileDocs, writeEventFileSnapshot } from '../../../electron/host/persistence/event-file';
import { readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import type { MigrationTable } from '@shared/doc/schema';
import { MIGRATIONS, SCHEMA_VERSIONS, SchemaTooNewError, metaOf, migrate } from '@shared/doc/schema';
import { readNodes } from '@shared/doc/tree';

/** tests/fixtures/event-schema-v1.veche: the demo strategy session as written by the schema-1 host (every room kind, 29 docs). */
const FIXTURE = 'tests/fixtures/event-schema-v1.veche';
const FIXTURE_ID = 'b2trnhse94';
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** Everything a person would see: plan, each board's cards and nodes. */
function contentOf(docs: Map<string, Y.Doc>) {
  const out: Record<string, unknown> = { plan: readPlan(docs.get('plan')!) };
  for (const [rel, doc] of docs) {
    if (!rel.startsWith('board/')) continue;
    out[rel] = { cards: readCards(doc), nodes: readNodes(doc).sort((a, b) => (a.id < b.id ? -1 : 1)) };
  }
  return out;
}

/** A schema bump the way a future build would do one: board 1→2 moves every card's colour into a `style` map. */
const BUMPED: MigrationTable = {
  ...MIGRATIONS,
  board: [
    ...MIGRATIONS.board,
    (doc) => {
      doc.getMap<Y.Map<unknown>>('cards').forEach((m) => {
        if (!(m instanceof Y.Map)) return;
        const style = new Y.Map<unknown>();
        style.set('color', m.get('color') ?? null);
        m.set('style', style);
      });
    },
  ],
};
const BUMPED_VERSIONS = { ...SCHEMA_VERSIONS, board: SCHEMA_VERSIONS.board + 1 };

async function libraryWith(file: Buffer | Uint8Array, id = FIXTURE_ID) {
  const dir = await mkdtemp(join(tmpdir(), 'veche-schema-'));
  dirs.push(dir);
  await mkdir(join(dir, 'events'), { recursive: true });
  await writeFileBytes(join(dir, 'events', `${id}.veche`), file);
  const logs: string[] = [];
  const library = new EventLibrary(join(dir, 'events'), { flushMs: 5 }, (_l, m) => logs.push(m));
  await library.load();
  return { library, logs, dir };
}
async function writeFileBytes(path: string, bytes: Uint8Array) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, bytes);
}

describe('schema versions and migrations', () => {
  it('the fixture is a schema-1 event with every room kind', async () => {
    const { docs } = readEventFileDocs(await readFile(FIXTURE));
    const kinds = new Set([...docs.keys()].map(kindOfRel));
    expect(kinds).toEqual(new Set(['plan', 'board', 'person', 'results', null]));
    for (const [rel, doc] of docs) if (kindOfRel(rel) && metaOf(doc).has('schemaVersion')) expect(metaOf(doc).get('schemaVersion')).toBe(1);
  });

  it("an event written by today's code opens with its content intact", async () => {
    const before = contentOf(readEventFileDocs(await readFile(FIXTURE)).docs);
    const { library } = await libraryWith(await readFile(FIXTURE));
    const event = library.get(FIXTURE_ID);
    expect(contentOf(event.docs)).toEqual(before);
    await library.closeAll();
  });

  it('after a schema bump the same file migrates on open: content intact, every board at the new version', async () => {
    const { docs } = readEventFileDocs(await readFile(FIXTURE));
    const before = contentOf(docs);
    const done = migrateEventDocs(docs, BUMPED, BUMPED_VERSIONS);
    expect(done.length).toBe([...docs.keys()].filter((r) => r.startsWith('board/')).length);
    expect(contentOf(docs)).toEqual(before);
    for (const [rel, doc] of docs) {
      if (!rel.startsWith('board/')) continue;
      expect(metaOf(doc).get('schemaVersion')).toBe(BUMPED_VERSIONS.board);
      doc.getMap<Y.Map<unknown>>('cards').forEach((m) => expect((m.get('style') as Y.Map<unknown>).get('color')).toBe(m.get('color') ?? null));
    }
    // Running it again changes nothing: migrations are keyed by version, not by "not done yet".
    const again = Y.encodeStateVector(docs.get('plan')!);
    expect(migrateEventDocs(docs, BUMPED, BUMPED_VERSIONS)).toEqual([]);
    expect(Y.encodeStateVector(docs.get('plan')!)).toEqual(again);
  });

  it('a doc from a newer version is refused with a clear error, and the file is left as it was', async () => {
    const { docs } = readEventFileDocs(await readFile(FIXTURE));
    metaOf(docs.get('plan')!).set('schemaVersion', SCHEMA_VERSIONS.plan + 5);
    const dir = await mkdtemp(join(tmpdir(), 'veche-newer-'));
    dirs.push(dir);
    await writeEventFileSnapshot(join(dir, 'newer.veche'), docs);
    const bytes = await readFile(join(dir, 'newer.veche'));
    const { library, dir: libDir } = await libraryWith(bytes);
    expect(() => library.get(FIXTURE_ID)).toThrow();
    expect(library.problems.get(FIXTURE_ID as never)).toMatch(/plan doc is at schema version 6, this build knows up to 1.*newer Veche/);
    expect(await readFile(join(libDir, 'events', `${FIXTURE_ID}.veche`))).toEqual(bytes);
    expect(() => migrate(docs.get('plan')!, 'plan', 'test')).toThrow(SchemaTooNewError);
    await library.closeAll();
  });

  it('a migration table with a missing step fails loudly rather than stamping the new version', () => {
    const doc = new Y.Doc();
    metaOf(doc).set('schemaVersion', 1);
    expect(() => migrate(doc, 'board', 'test', MIGRATIONS, SCHEMA_VERSIONS.board + 1)).toThrow(/no migration for board from version 2/);
    expect(metaOf(doc).get('schemaVersion')).toBe(1);
  });
});
