import * as Y from 'yjs';

/**
 * Every room doc has a `meta` map: schemaVersion, kind, and for some kinds a title.
 * Migrations are ordered up-migrations per kind, run on open by `migrate`.
 */
export const DOC_KINDS = ['plan', 'board', 'person', 'results'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const SCHEMA_VERSION = 1;

/** Transaction origin for edits made by the local user (the only ones Y.UndoManager tracks). */
export const LOCAL_ORIGIN = 'local';
/** Transaction origin for edits the host makes (join roster, reveals, aggregates). */
export const HOST_ORIGIN = 'host';

export type Migration = (doc: Y.Doc) => void;

/** MIGRATIONS[kind][n] takes a doc from version n+1 to n+2. */
export const MIGRATIONS: Record<DocKind, Migration[]> = {
  plan: [],
  board: [],
  person: [],
  results: [],
};

export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>('meta');

export function initMeta(doc: Y.Doc, kind: DocKind, origin: unknown, extra: Record<string, unknown> = {}): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    if (meta.get('schemaVersion') === undefined) meta.set('schemaVersion', SCHEMA_VERSION);
    if (meta.get('kind') === undefined) meta.set('kind', kind);
    for (const [k, v] of Object.entries(extra)) if (meta.get(k) === undefined) meta.set(k, v);
  }, origin);
}

/** Runs the up-migrations a doc still needs. Returns the version it ended at. */
export function migrate(doc: Y.Doc, kind: DocKind, origin: unknown): number {
  const meta = metaOf(doc);
  let version = Number(meta.get('schemaVersion') ?? SCHEMA_VERSION);
  const steps = MIGRATIONS[kind];
  doc.transact(() => {
    while (version < SCHEMA_VERSION) {
      steps[version - 1]?.(doc);
      version += 1;
      meta.set('schemaVersion', version);
    }
  }, origin);
  return version;
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
