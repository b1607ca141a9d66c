import type { CaseRecord } from '@shared/championship/api';
import type { CaseDraft, CaseId } from '@shared/championship/model';
import { addCaseSlot, publishCase, readCases, readSettings, removeCaseSlot } from '@shared/doc/championship';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import { newId } from '@shared/ids';
import type { HostedEvent } from '../events/hosted-event';
import { readVaultCase, vaultCaseIds, writeVaultCase } from './vault';

/**
 * Cases: the text is kept in the host's vault and copied into the (public) plan only at release —
 * at the plan's `releaseAt` by the scheduler, or at once on "release now". An edit to a released
 * case is published straight away.
 */

export function listCases(event: HostedEvent): CaseRecord[] {
  const slots = new Map(readCases(event.doc('plan')).map((c) => [c.id as string, c]));
  const order = (id: string) => slots.get(id)?.order ?? '~';
  return vaultCaseIds(event)
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : a < b ? -1 : 1))
    .map((id) => ({ id, ...readVaultCase(event, id)!, released: slots.get(id)?.released ?? false, releasedAt: slots.get(id)?.releasedAt ?? null }));
}

export function addCase(event: HostedEvent, draft: CaseDraft, now = Date.now()): CaseId {
  const id = newId<CaseId>();
  writeVaultCase(event, id, draft);
  addCaseSlot(event.doc('plan'), id, HOST_ORIGIN);
  const releaseAt = readReleaseAt(event);
  if (releaseAt !== null && releaseAt <= now) releaseCases(event, [id], now);
  return id;
}

export function editCase(event: HostedEvent, id: string, patch: Partial<CaseDraft>, now = Date.now()): CaseRecord {
  const before = readVaultCase(event, id);
  if (!before) throw new AppError('not_found', `no case ${id}`);
  const draft = { ...before, ...patch };
  writeVaultCase(event, id as CaseId, draft);
  const slot = readCases(event.doc('plan')).find((c) => c.id === id);
  if (slot?.released) publishCase(event.doc('plan'), id as CaseId, draft, now, HOST_ORIGIN);
  return listCases(event).find((c) => c.id === id)!;
}

export function deleteCase(event: HostedEvent, id: string): void {
  if (!readVaultCase(event, id)) throw new AppError('not_found', `no case ${id}`);
  writeVaultCase(event, id as CaseId, null);
  removeCaseSlot(event.doc('plan'), id as CaseId, HOST_ORIGIN);
}

/** Publishes the listed cases (all when none listed) into the plan; returns the ids released now. */
export function releaseCases(event: HostedEvent, ids: readonly string[] | null, now = Date.now()): string[] {
  const plan = event.doc('plan');
  const released = new Set(
    readCases(plan)
      .filter((c) => c.released)
      .map((c) => c.id as string),
  );
  const out: string[] = [];
  plan.transact(() => {
    for (const id of ids ?? vaultCaseIds(event)) {
      const draft = readVaultCase(event, id);
      if (!draft) throw new AppError('not_found', `no case ${id}`);
      if (released.has(id)) continue;
      publishCase(plan, id as CaseId, draft, now, HOST_ORIGIN);
      out.push(id);
    }
  }, HOST_ORIGIN);
  return out;
}

export const unreleasedCount = (event: HostedEvent): number => {
  const released = new Set(
    readCases(event.doc('plan'))
      .filter((c) => c.released)
      .map((c) => c.id as string),
  );
  return vaultCaseIds(event).filter((id) => !released.has(id)).length;
};

const readReleaseAt = (event: HostedEvent): number | null => readSettings(event.doc('plan')).releaseAt;
