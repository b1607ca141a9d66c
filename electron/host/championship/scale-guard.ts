import type * as Y from 'yjs';
import type { Criterion } from '@shared/championship/model';
import { parseEntryKey } from '@shared/championship/model';
import { readCriteria } from '@shared/doc/championship';
import { HOST_ORIGIN } from '@shared/doc/schema';
import type { HostedEvent } from '../events/hosted-event';
import { appendAudit, moderationsOf, readSheet } from './ledger';
import { VAULT_ROOM, readFrozen } from './vault';

/**
 * A criterion's scale change that would leave marks outside the new scale is refused by the host: it
 * puts the old scale back in the plan and logs why (the console checks first and says so; this holds
 * for a raw client too). Before this, the marks outside the range silently stopped counting and a team
 * fell from 1st to 2nd. Rounds already frozen are not affected (their marks and scales are frozen).
 */

type Scale = { min: number; max: number };

/** Marks given on a criterion in rounds not yet frozen: rooms, submitted sheets and the chair's moderations. */
export function marksOn(event: HostedEvent, criterionId: string): number[] {
  const out: number[] = [];
  const open = (entry: string) => {
    const e = parseEntryKey(entry);
    return !!e && readFrozen(event, e.roundId) === null;
  };
  for (const p of event.people) {
    const doc = event.docs.get(`person/${p.id}`);
    doc?.getMap<unknown>('scores').forEach((v, entry) => {
      const m = (v as Y.Map<unknown>)?.get?.(criterionId) as { score?: unknown } | undefined;
      if (open(entry) && typeof m?.score === 'number' && Number.isFinite(m.score)) out.push(m.score);
    });
  }
  event
    .doc(VAULT_ROOM)
    .getMap<unknown>('sheets')
    .forEach((_v, k) => {
      const [p, r] = k.split('|');
      const sheet = p && r && readFrozen(event, r) === null ? readSheet(event, p, r) : null;
      for (const byC of Object.values(sheet?.marks ?? {})) if (byC[criterionId]) out.push(byC[criterionId]!.score);
    });
  return out;
}

export function outsideScale(marks: readonly number[], s: Scale): number {
  return marks.filter((x) => x < s.min || x > s.max).length;
}

export function guardScales(event: HostedEvent, clock: () => number): () => void {
  const plan = event.doc('plan');
  const scales = new Map<string, Scale>(readCriteria(plan).map((c) => [c.id, { min: c.min, max: c.max }]));
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    const now = readCriteria(plan);
    const refused: { c: Criterion; old: Scale; n: number }[] = [];
    for (const c of now) {
      const old = scales.get(c.id);
      if (origin !== HOST_ORIGIN && old && (old.min !== c.min || old.max !== c.max)) {
        const marks = [...marksOn(event, c.id), ...moderated(event, c.id)];
        const n = outsideScale(marks, c);
        if (n > 0) {
          refused.push({ c, old, n });
          continue;
        }
      }
      scales.set(c.id, { min: c.min, max: c.max });
    }
    if (refused.length === 0) return;
    queueMicrotask(() => {
      const map = plan.getMap<unknown>('champCriteria');
      plan.transact(() => {
        for (const { c, old } of refused) {
          const m = map.get(c.id) as Y.Map<unknown> | undefined;
          m?.set('min', old.min);
          m?.set('max', old.max);
        }
      }, HOST_ORIGIN);
      appendAudit(
        event,
        refused.map(({ c, old, n }) => ({
          at: clock(),
          kind: 'scale-refused' as const,
          whoId: 'facilitator',
          who: '',
          roundId: null,
          teamId: null,
          criterionId: c.id,
          scorerId: null,
          old: null,
          new: null,
          note: `${old.min}–${old.max} → ${c.min}–${c.max}: ${n}`,
        })),
      );
    });
  };
  plan.on('update', onUpdate);
  return () => plan.off('update', onUpdate);
}

function moderated(event: HostedEvent, criterionId: string): number[] {
  const out: number[] = [];
  const rounds = new Set<string>();
  event
    .doc('plan')
    .getMap<unknown>('champRounds')
    .forEach((_v, id) => rounds.add(id));
  for (const r of rounds) {
    if (readFrozen(event, r)) continue;
    for (const byE of Object.values(moderationsOf(event, r))) for (const byC of Object.values(byE)) if (byC[criterionId]) out.push(byC[criterionId]!.score);
  }
  return out;
}
