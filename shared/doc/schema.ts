import * as Y from 'yjs';
import { migratePassportToV2 } from '../passport/migrate';

/**
 * Every room doc has a `meta` map: schemaVersion, kind, and for some kinds a title. Each room kind has
 * its own schema version (SCHEMA_VERSIONS) and its own ordered up-migrations (MIGRATIONS). The host
 * runs them when it opens an event (electron/host/events/schema-open.ts) and refuses an event whose
 * docs are newer than this build knows; clients send SCHEMA_FINGERPRINT when they connect and are
 * told to reload when it differs (docs/schema.md).
 */
export const DOC_KINDS = ['plan', 'board', 'person', 'results'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** The schema version of each room kind this build reads and writes. Bump one with a migration below. */
export const SCHEMA_VERSIONS: Readonly<Record<DocKind, number>> = { plan: 1, board: 2, person: 1, results: 1 };

/** What a client and the host compare at connect time: equal strings, same record shapes. */
export const SCHEMA_FINGERPRINT = DOC_KINDS.map((k) => `${k}${SCHEMA_VERSIONS[k]}`).join('.');

/** Transaction origin for edits made by the local user (the only ones Y.UndoManager tracks). */
export const LOCAL_ORIGIN = 'local';
/** Transaction origin for edits the host makes (join roster, reveals, aggregates). */
export const HOST_ORIGIN = 'host';

export type Migration = (doc: Y.Doc) => void;
export type MigrationTable = Readonly<Record<DocKind, readonly Migration[]>>;

/** MIGRATIONS[kind][n] takes a doc of that kind from version n+1 to n+2; its length is SCHEMA_VERSIONS[kind] - 1. */
export const MIGRATIONS: MigrationTable = {
  plan: [],
  // 1 → 2: passport target groups as rows, indicators with baseline and target (docs/passport.md).
  board: [migratePassportToV2],
  person: [],
  results: [],
};

export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>('meta');

export function initMeta(doc: Y.Doc, kind: DocKind, origin: unknown, extra: Record<string, unknown> = {}): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    if (meta.get('schemaVersion') === undefined) meta.set('schemaVersion', SCHEMA_VERSIONS[kind]);
    if (meta.get('kind') === undefined) meta.set('kind', kind);
    for (const [k, v] of Object.entries(extra)) if (meta.get(k) === undefined) meta.set(k, v);
  }, origin);
}

/** The version a doc says it is at; a doc with no meta yet (empty room) is at the current version. */
export function docVersion(doc: Y.Doc, kind: DocKind): number {
  const v = metaOf(doc).get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : SCHEMA_VERSIONS[kind];
}

export class SchemaTooNewError extends Error {
  constructor(
    readonly kind: DocKind,
    readonly found: number,
    readonly known: number,
  ) {
    super(`a ${kind} doc is at schema version ${found}, this build knows up to ${known}: it was written by a newer Veche; update the app to open it`);
  }
}

/**
 * Runs the up-migrations a doc still needs, in one transaction. Returns the version it started at.
 * Throws SchemaTooNewError (and changes nothing) for a doc newer than `target`.
 */
export function migrate(doc: Y.Doc, kind: DocKind, origin: unknown, table: MigrationTable = MIGRATIONS, target = SCHEMA_VERSIONS[kind]): number {
  const from = docVersion(doc, kind);
  if (from > target) throw new SchemaTooNewError(kind, from, target);
  if (from === target) return from;
  doc.transact(() => {
    for (let v = from; v < target; v++) {
      const step = table[kind][v - 1];
      if (!step) throw new Error(`no migration for ${kind} from version ${v}`);
      step(doc);
    }
    metaOf(doc).set('schemaVersion', target);
  }, origin);
  return from;
}

export const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
export const num = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
export const bool = (v: unknown, fallback = false): boolean => (typeof v === 'boolean' ? v : fallback);
export const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** A Y.Map child of `parent` under `key`, or null if absent / not a map (a hostile client may have put anything there). */
export function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
  const v = parent.get(key);
  return v instanceof Y.Map ? (v as Y.Map<unknown>) : null;
}
