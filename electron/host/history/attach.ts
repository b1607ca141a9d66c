import * as Y from 'yjs';
import { readPlan } from '@shared/doc/plan';
import { HOST_ORIGIN } from '@shared/doc/schema';
import type { HostedEvent } from '../events/hosted-event';
import { AUTO_POINT_MS, audit, listPoints, takePoint } from './history';
import { FACILITATOR_WRITER, recordWrite, touchedRecords } from './writes';

type Writer = { who?: { name: string; personId: string | null } };
const RECORD_MAPS = ['cards', 'nodes'] as const;

/**
 * Automatic restore points and the audit log for one event: a point of a board before its first
 * change after AUTO_POINT_MS of none, when it is locked or given to another team; an audit entry
 * whenever a connection deletes records or edits someone else's. Returns the detach.
 */
export function attachHistory(event: HostedEvent, everyMs = AUTO_POINT_MS): () => void {
  const watched = new Map<string, () => void>();
  const lastPoint = new Map<string, number>();
  const policy = new Map<string, string>();

  // Only boards that have a doc: a board nobody opened has nothing to restore or audit, and asking
  // for its doc would create one (its exports would no longer know it was never opened).
  const watch = (rel: string) => {
    if (watched.has(rel)) return;
    const doc = event.docs.get(rel);
    if (!doc) return;
    lastPoint.set(rel, listPoints(event, rel).at(-1)?.at ?? 0);
    const before = (tr: Y.Transaction) => {
      if (tr.origin === HOST_ORIGIN && tr.local) return;
      const now = Date.now();
      if (now - (lastPoint.get(rel) ?? 0) < everyMs) return;
      lastPoint.set(rel, now);
      takePoint(event, rel, 'auto', 'host', now);
    };
    const after = (tr: Y.Transaction) => {
      auditTransaction(event, rel, doc, tr);
      const who = (tr.origin as Writer | null)?.who;
      if (who) recordWrite(event, rel, { personId: who.personId ?? FACILITATOR_WRITER, name: who.name }, touchedRecords(doc, tr));
    };
    doc.on('beforeTransaction', before);
    doc.on('afterTransaction', after);
    watched.set(rel, () => {
      doc.off('beforeTransaction', before);
      doc.off('afterTransaction', after);
    });
  };

  const onPlan = () => {
    for (const b of readPlan(event.doc('plan')).boards) {
      const rel = `board/${b.id}`;
      watch(rel);
      const now = `${b.locked}|${b.teamId ?? ''}`;
      const was = policy.get(rel);
      policy.set(rel, now);
      if (was === undefined || was === now || !event.docs.has(rel)) continue;
      const lockChanged = was.split('|')[0] !== String(b.locked);
      takePoint(event, rel, lockChanged ? 'lock' : 'team', 'host');
      lastPoint.set(rel, Date.now());
    }
  };
  onPlan();
  const plan = event.doc('plan');
  plan.on('afterTransaction', onPlan);
  const offNewDoc = event.onNewDoc((rel) => {
    if (rel.startsWith('board/')) watch(rel);
  });
  return () => {
    offNewDoc();
    plan.off('afterTransaction', onPlan);
    for (const off of watched.values()) off();
  };
}

/** One audit entry per transaction of a connection that deletes records or edits other people's. */
function auditTransaction(event: HostedEvent, rel: string, doc: Y.Doc, tr: Y.Transaction): void {
  const who = (tr.origin as Writer | null)?.who;
  if (!who) return;
  const deleted: string[] = [];
  const overwritten: string[] = [];
  for (const name of RECORD_MAPS) {
    const records = doc.getMap<unknown>(name);
    for (const [type, keys] of tr.changed) {
      if ((type as unknown) === records) {
        for (const key of keys) if (key !== null && !records.has(key)) deleted.push(`${name}:${key}`);
      } else if (type instanceof Y.Map && type._item?.parent === records) {
        const author = type.get('authorId');
        const id = type._item.parentSub;
        if (author !== who.personId && keys.has('deleted') && type.get('deleted') === true) deleted.push(`${name}:${id}`);
        // Trees are co-edited by design; only cards belong to their author.
        else if (author !== who.personId && name === 'cards') overwritten.push(`${name}:${id}`);
      }
    }
  }
  if (deleted.length > 0)
    audit(event, {
      action: 'delete',
      board: rel,
      by: who.name,
      detail: deleted.slice(0, 50).join(' ') + (deleted.length > 50 ? ` … (${deleted.length})` : ''),
    });
  if (overwritten.length > 0) audit(event, { action: 'overwrite', board: rel, by: who.name, detail: overwritten.slice(0, 50).join(' ') });
}
