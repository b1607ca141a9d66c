import * as Y from 'yjs';

/**
 * Makes `live` show what `snapshot` shows, as ordinary new changes made in one transaction: nothing is
 * rewritten, every client receives them like any edit, and restoring the point taken just before
 * undoes the restore. Fields equal in both are left alone, so concurrent edits elsewhere survive.
 * Returns how many records (top-level map entries) were brought back, changed or removed.
 */
export function restoreDoc(live: Y.Doc, snapshotUpdate: Uint8Array, origin: unknown): { changed: number } {
  const snap = new Y.Doc();
  Y.applyUpdate(snap, snapshotUpdate);
  let changed = 0;
  live.transact(() => {
    const names = new Set([...snap.share.keys(), ...live.share.keys()]);
    for (const name of names) {
      if (isText(live, name)) {
        const from = snap.getText(name).toString();
        const to = live.getText(name);
        if (to.toString() !== from) {
          to.delete(0, to.length);
          to.insert(0, from);
          changed++;
        }
        continue;
      }
      const target = live.getMap<unknown>(name);
      const source = snap.getMap<unknown>(name);
      for (const key of [...target.keys()]) {
        if (!source.has(key)) {
          target.delete(key);
          changed++;
        }
      }
      for (const [key, value] of source.entries()) if (syncValue(target, key, value)) changed++;
    }
  }, origin);
  snap.destroy();
  return { changed };
}

/** Top-level texts are the passport's fields; everything else in a room doc is a map. */
const isText = (doc: Y.Doc, name: string) => doc.share.get(name) instanceof Y.Text || name.startsWith('passport.text.');

function syncValue(target: Y.Map<unknown>, key: string, value: unknown): boolean {
  const current = target.get(key);
  if (value instanceof Y.Map) {
    if (!(current instanceof Y.Map)) {
      target.set(key, value.clone());
      return true;
    }
    let changed = false;
    for (const k of [...current.keys()]) {
      if (!value.has(k)) {
        current.delete(k);
        changed = true;
      }
    }
    for (const [k, v] of value.entries()) changed = syncValue(current, k, v) || changed;
    return changed;
  }
  if (value instanceof Y.AbstractType) {
    if (current instanceof Y.AbstractType && JSON.stringify(current.toJSON()) === JSON.stringify(value.toJSON())) return false;
    target.set(key, value.clone());
    return true;
  }
  if (same(current, value)) return false;
  target.set(key, value);
  return true;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * Puts the named records of `live` back to their state in `snapshot` (names as writes.ts gives them:
 * "<map>:<key>" or a top-level text's name), in one transaction. A record the snapshot lacks is
 * removed, except tree nodes, which are tombstoned (`deleted: true`) like every other node deletion,
 * so a child someone else hung under it still has an ancestor. Returns the records that changed.
 */
export function restoreRecords(live: Y.Doc, snapshot: Y.Doc, records: Iterable<string>, origin: unknown): string[] {
  const changed: string[] = [];
  live.transact(() => {
    for (const record of records) {
      const cut = record.indexOf(':');
      const name = cut < 0 ? record : record.slice(0, cut);
      if (cut < 0) {
        if (!isText(live, name) && !isText(snapshot, name)) continue;
        const from = snapshot.getText(name).toString();
        const to = live.getText(name);
        if (to.toString() === from) continue;
        to.delete(0, to.length);
        to.insert(0, from);
        changed.push(record);
        continue;
      }
      const key = record.slice(cut + 1);
      const target = live.getMap<unknown>(name);
      const source = snapshot.getMap<unknown>(name);
      if (source.has(key)) {
        if (syncValue(target, key, source.get(key))) changed.push(record);
      } else if (target.has(key)) {
        const current = target.get(key);
        if (name === 'nodes' && current instanceof Y.Map) {
          if (current.get('deleted') === true) continue;
          current.set('deleted', true);
        } else target.delete(key);
        changed.push(record);
      }
    }
  }, origin);
  return changed;
}
