import type * as Y from 'yjs';
import type { AuditEntry, FlatMarks } from '@shared/championship/audit';
import { diffMarks } from '@shared/championship/audit';
import type { EntryKey } from '@shared/championship/model';
import { entryComplete, mirrorHostFlags, readScoresFrom, restoreSheet } from '@shared/championship/scores-doc';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { HostedEvent } from '../events/hosted-event';
import { collectLive } from './collect';
import type { SheetMarks } from './ledger';
import { appendAudit, assignedRecusals, readSheet, submittedRounds, writeSheet } from './ledger';
import { readFrozen } from './vault';

/**
 * Per-juror submit. A submitted sheet is copied into the vault and counted from there; the host puts
 * the copy back into the juror's room whenever the room drifts from it (a raw client writing after
 * submit changes nothing), until the chair reopens the sheet — logged. Score changes before the
 * freeze are diffed per update and written to the audit log.
 */

const base = { teamId: null, criterionId: null, scorerId: null, old: null, new: null, note: '' } as const;

/** The juror (or peer reviewer) submits their whole sheet for a round: every entry they are due to score is complete or recused. */
export function submitSheet(event: HostedEvent, personId: string, roundId: string, now = Date.now()): { submittedAt: number } {
  const person = event.people.find((p) => p.id === personId);
  if (!person) throw new AppError('forbidden', 'not a person of this event');
  if (readFrozen(event, roundId)) throw new AppError('conflict', 'the round is already revealed');
  const data = collectLive(event, roundId);
  const isScorer = data.champ.settings.mode === 'jury' ? person.role === 'juror' : person.role === 'participant' && person.teamId !== null;
  if (!isScorer) throw new AppError('forbidden', 'only the round’s scorers submit a sheet');
  if (readSheet(event, personId, roundId)) throw new AppError('conflict', 'the sheet is already submitted; the chair can reopen it');
  const doc = event.doc(`person/${personId}`);
  const ownTeam = data.champ.settings.mode === 'peer' ? person.teamId : null;
  const scores = readScoresFrom(doc, data.criteria, ownTeam);
  const recused = new Set<string>(data.table.recused[personId] ?? []);
  const due = data.entries.filter((e) => e.teamId !== ownTeam && !recused.has(e.key));
  const missing = due.filter((e) => !entryComplete(scores[e.key], data.criteria));
  if (missing.length > 0) throw new AppError('conflict', `incomplete: ${missing.length} of ${due.length} entries are not fully scored`);
  if (data.champ.settings.requireComments && due.some((e) => data.criteria.some((c) => !scores[e.key]![c.id]!.comment.trim()))) {
    throw new AppError('conflict', 'comments are required: every mark needs a comment');
  }
  const marks: SheetMarks = {};
  for (const e of due) marks[e.key] = { ...scores[e.key]! };
  const own = [...recused].filter((k) => k.startsWith(`${roundId}:`) && !(assignedRecusals(event)[personId] ?? []).includes(k as EntryKey));
  writeSheet(event, personId, roundId, { at: now, marks, recused: own });
  appendAudit(event, [{ ...base, at: now, kind: 'submit', whoId: personId, who: person.name, roundId }]);
  syncPersonFlags(event, personId);
  return { submittedAt: now };
}

/** The chair reopens a submitted sheet (logged): the juror's room counts again. */
export function reopenSheet(event: HostedEvent, personId: string, roundId: string, reason: string, now = Date.now()): void {
  if (readFrozen(event, roundId)) throw new AppError('conflict', 'the round is already revealed; unfreeze it first');
  if (!readSheet(event, personId, roundId)) throw new AppError('not_found', 'no submitted sheet for this person and round');
  writeSheet(event, personId, roundId, null);
  const name = event.people.find((p) => p.id === personId)?.name ?? personId;
  appendAudit(event, [{ ...base, at: now, kind: 'reopen', whoId: 'facilitator', who: '', roundId, scorerId: personId, note: reason || name }]);
  syncPersonFlags(event, personId);
}

/** Mirrors submitted rounds and assigned recusals into the person's room, and puts submitted sheets back if the room drifted. */
export function syncPersonFlags(event: HostedEvent, personId: string): void {
  const doc = event.doc(`person/${personId}`);
  const submitted = submittedRounds(event, personId);
  mirrorHostFlags(doc, submitted, assignedRecusals(event)[personId] ?? [], HOST_ORIGIN);
  for (const roundId of Object.keys(submitted)) {
    const sheet = readSheet(event, personId, roundId);
    if (sheet) restoreSheet(doc, roundId, sheet.marks, sheet.recused ?? [], HOST_ORIGIN);
  }
}

/** Every mark in a room, scale unchecked (the log records what was written), as `<entry>|<criterion>` → score. */
function rawMarks(doc: Y.Doc): FlatMarks {
  const out: FlatMarks = {};
  doc.getMap<unknown>('scores').forEach((v, entry) => {
    if (!v || typeof (v as Y.Map<unknown>).forEach !== 'function') return;
    (v as Y.Map<unknown>).forEach((m, c) => {
      const score = (m as { score?: unknown } | null)?.score;
      if (typeof score === 'number' && Number.isFinite(score)) out[`${entry}|${c}`] = score;
    });
  });
  return out;
}

/** Watches one person's room: logs score changes of rounds neither frozen nor submitted, and puts back submitted sheets. */
export function watchSheets(event: HostedEvent, personId: string, doc: Y.Doc, clock: () => number): () => void {
  let seen = rawMarks(doc);
  const name = () => event.people.find((p) => p.id === personId)?.name ?? personId;
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin === HOST_ORIGIN) {
      seen = rawMarks(doc);
      return;
    }
    const now = rawMarks(doc);
    const changes = diffMarks(seen, now);
    seen = now;
    if (changes.length === 0 && Object.keys(submittedRounds(event, personId)).length === 0) return;
    const at = clock();
    const locked = (roundId: string) => readFrozen(event, roundId) !== null || readSheet(event, personId, roundId) !== null;
    const log: AuditEntry[] = [];
    for (const ch of changes) {
      const [roundId, teamId] = ch.entry.split(':');
      if (!roundId || !teamId || locked(roundId)) continue;
      log.push({
        at,
        kind: 'score',
        whoId: personId,
        who: name(),
        roundId,
        teamId,
        criterionId: ch.criterionId,
        scorerId: null,
        old: ch.old,
        new: ch.new,
        note: '',
      });
    }
    appendAudit(event, log);
    // A write to a submitted sheet: put the sheet back (after this update's transaction has closed).
    queueMicrotask(() => syncPersonFlags(event, personId));
  };
  doc.on('update', onUpdate);
  return () => doc.off('update', onUpdate);
}

export const isSubmitted = (event: HostedEvent, personId: string, roundId: string): boolean => readSheet(event, personId, roundId) !== null;
