import type * as Y from 'yjs';
import type { DocKind, MigrationTable } from '@shared/doc/schema';
import { HOST_ORIGIN, MIGRATIONS, SCHEMA_VERSIONS, SchemaTooNewError, docVersion, migrate } from '@shared/doc/schema';

/** The room kind behind a doc's key in the event file ("plan", "board/x", "person/x", "results"); null for the host's own docs. */
export function kindOfRel(rel: string): DocKind | null {
  const head = rel.split('/')[0];
  return head === 'plan' || head === 'board' || head === 'person' || head === 'results' ? head : null;
}

/** Refuses (throws SchemaTooNewError) before anything is changed if any doc of the event is newer than this build. */
export function checkEventSchema(docs: ReadonlyMap<string, Y.Doc>, versions: Readonly<Record<DocKind, number>> = SCHEMA_VERSIONS): void {
  for (const [rel, doc] of docs) {
    const kind = kindOfRel(rel);
    if (kind === null) continue;
    const found = docVersion(doc, kind);
    if (found > versions[kind]) throw new SchemaTooNewError(kind, found, versions[kind]);
  }
}

/** Brings every doc of an opened event up to this build's versions; returns "rel: from→to" for each doc it changed. */
export function migrateEventDocs(
  docs: ReadonlyMap<string, Y.Doc>,
  table: MigrationTable = MIGRATIONS,
  versions: Readonly<Record<DocKind, number>> = SCHEMA_VERSIONS,
): string[] {
  checkEventSchema(docs, versions);
  const done: string[] = [];
  for (const [rel, doc] of docs) {
    const kind = kindOfRel(rel);
    if (kind === null) continue;
    const from = migrate(doc, kind, HOST_ORIGIN, table, versions[kind]);
    if (from !== versions[kind]) done.push(`${rel}: ${from}→${versions[kind]}`);
  }
  return done;
}
