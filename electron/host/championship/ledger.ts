import * as Y from 'yjs';
import type { CriterionScore, EntryKey } from '@shared/championship/model';
import { parseEntryKey } from '@shared/championship/model';
import type { AuditEntry } from '@shared/championship/audit';
import { AUDIT_LIMIT } from '@shared/championship/audit';
import { clearLegacyPrivate, readLegacyPrivate } from '@shared/doc/championship';
import { HOST_ORIGIN } from '@shared/doc/schema';
import type { TeamId } from '@shared/ids';
import { isId } from '@shared/ids';
import type { HostedEvent } from '../events/hosted-event';
import { VAULT_ROOM } from './vault';

/**
 * The jury's record in the host's vault (never a room anyone syncs):
 * - `sheets`: `<personId>|<roundId>` → a submitted sheet, the marks as they were at "submit" — what the
 *   host counts from then on, whatever the juror's room says later;
 * - `recusals`: `<personId>|<entryKey>` → true, conflicts of interest the facilitator assigns;
 * - `deciding`: roundId → teamIds, the chair's deciding order (second tie-break);
 * - `moderations`: `<scorerId>|<entryKey>|<criterionId>` → the chair's adjusted mark, with the reason;
 * - `audit`: every score change before the freeze, every submit, reopen, moderation, refused scale
 *   change and unfreeze (who, when, old → new), exported with the protocol.
 * Recusals and the deciding order used to sit in the plan, which every participant syncs.
 */

export type SheetMarks = Record<string, Record<string, CriterionScore>>;
/** `recused`: the juror's own recusals in that round at the time of submitting. */
export type Sheet = { at: number; marks: SheetMarks; recused: string[] };
export type Moderation = { score: number; reason: string; at: number; old: number | null };

const vault = (event: HostedEvent): Y.Doc => event.doc(VAULT_ROOM);
const part = (event: HostedEvent, name: 'sheets' | 'recusals' | 'deciding' | 'moderations') => vault(event).getMap<unknown>(name);
const auditOf = (event: HostedEvent) => vault(event).getArray<AuditEntry>('audit');
const plainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !(v instanceof Y.AbstractType) && !Array.isArray(v);

export function readSheet(event: HostedEvent, personId: string, roundId: string): Sheet | null {
  const v = part(event, 'sheets').get(`${personId}|${roundId}`);
  return plainObject(v) && typeof v.at === 'number' && plainObject(v.marks) ? (v as unknown as Sheet) : null;
}

export function writeSheet(event: HostedEvent, personId: string, roundId: string, sheet: Sheet | null): void {
  const k = `${personId}|${roundId}`;
  vault(event).transact(() => (sheet ? part(event, 'sheets').set(k, sheet) : part(event, 'sheets').delete(k)), HOST_ORIGIN);
}

/** roundId → submitted-at, for one person. */
export function submittedRounds(event: HostedEvent, personId: string): Record<string, number> {
  const out: Record<string, number> = {};
  part(event, 'sheets').forEach((v, k) => {
    const [p, r] = k.split('|');
    if (p === personId && r && plainObject(v) && typeof v.at === 'number') out[r] = v.at;
  });
  return out;
}

export function assignedRecusals(event: HostedEvent): Record<string, EntryKey[]> {
  const out: Record<string, EntryKey[]> = {};
  part(event, 'recusals').forEach((v, k) => {
    const [p, e] = k.split('|');
    if (v === true && p && e && parseEntryKey(e)) (out[p] ??= []).push(e as EntryKey);
  });
  return out;
}

export function setAssignedRecusal(event: HostedEvent, personId: string, entry: EntryKey, recused: boolean): void {
  const k = `${personId}|${entry}`;
  vault(event).transact(() => (recused ? part(event, 'recusals').set(k, true) : part(event, 'recusals').delete(k)), HOST_ORIGIN);
}

export function readDeciding(event: HostedEvent, roundId: string): TeamId[] {
  const v = part(event, 'deciding').get(roundId);
  return Array.isArray(v) ? ([...new Set(v.filter(isId))] as TeamId[]) : [];
}

export function setDeciding(event: HostedEvent, roundId: string, teamIds: readonly string[]): void {
  vault(event).transact(() => part(event, 'deciding').set(roundId, [...new Set(teamIds.filter(isId))]), HOST_ORIGIN);
}

/** scorer → entry → criterion → the chair's mark, for one round. */
export function moderationsOf(event: HostedEvent, roundId: string): Record<string, Record<string, Record<string, Moderation>>> {
  const out: Record<string, Record<string, Record<string, Moderation>>> = {};
  part(event, 'moderations').forEach((v, k) => {
    const [s, e, c] = k.split('|');
    if (!s || !e || !c || parseEntryKey(e)?.roundId !== roundId || !plainObject(v) || typeof v.score !== 'number') return;
    ((out[s] ??= {})[e] ??= {})[c] = v as unknown as Moderation;
  });
  return out;
}

export function writeModeration(event: HostedEvent, scorerId: string, entry: EntryKey, criterionId: string, m: Moderation | null): void {
  const k = `${scorerId}|${entry}|${criterionId}`;
  vault(event).transact(() => (m ? part(event, 'moderations').set(k, m) : part(event, 'moderations').delete(k)), HOST_ORIGIN);
}

/** Appends to the audit log; past AUDIT_LIMIT entries the oldest score edits stay and new ones are counted in one closing line. */
export function appendAudit(event: HostedEvent, entries: readonly AuditEntry[]): void {
  if (entries.length === 0) return;
  const log = auditOf(event);
  vault(event).transact(() => {
    const room = Math.max(0, AUDIT_LIMIT - log.length);
    log.push(entries.slice(0, room) as AuditEntry[]);
  }, HOST_ORIGIN);
}

export const readAudit = (event: HostedEvent): AuditEntry[] => auditOf(event).toArray();

/** Moves assigned recusals and deciding orders an older file keeps in the plan into the vault, and clears them from the plan. */
export function migrateLegacyPrivate(event: HostedEvent): void {
  const plan = event.doc('plan');
  const legacy = readLegacyPrivate(plan);
  if (legacy.recusals.length === 0 && Object.keys(legacy.deciding).length === 0) return;
  for (const r of legacy.recusals) setAssignedRecusal(event, r.personId, r.entry, true);
  for (const [round, teams] of Object.entries(legacy.deciding)) if (readDeciding(event, round).length === 0) setDeciding(event, round, teams);
  clearLegacyPrivate(plan, HOST_ORIGIN);
}
