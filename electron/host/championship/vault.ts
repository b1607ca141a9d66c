import type * as Y from 'yjs';
import type { CaseDraft, CaseId } from '@shared/championship/model';
import { isHttpLink } from '@shared/championship/model';
import type { PublishedLeaderboard } from '@shared/championship/results-doc';
import type { HostedEvent } from '../events/hosted-event';
import type { RoundData } from './collect';

/**
 * The `_championship` doc: the host's own, never a room anyone can sync (room names are only plan,
 * board, person and results). It holds what must not be public yet: the cases' text before release
 * and the full leaderboard frozen at a reveal, of which a stepwise reveal publishes a growing tail.
 * It lives in the event file, so a restart or "Save as" keeps both.
 */
export const VAULT_ROOM = '_championship';

/** `data`: everything the round's numbers come from, as read at the reveal (files from before the freeze have none). */
export type Frozen = { board: PublishedLeaderboard; revealed: number; data?: Omit<RoundData, 'frozen'> };

const vault = (event: HostedEvent): Y.Doc => event.doc(VAULT_ROOM);
const casesOf = (event: HostedEvent) => vault(event).getMap<unknown>('cases');
const frozenOf = (event: HostedEvent) => vault(event).getMap<unknown>('frozen');

export function readVaultCase(event: HostedEvent, id: string): CaseDraft | null {
  const v = casesOf(event).get(id);
  if (!v || typeof v !== 'object') return null;
  const c = v as Record<string, unknown>;
  return {
    title: typeof c.title === 'string' ? c.title : '',
    text: typeof c.text === 'string' ? c.text : '',
    links: Array.isArray(c.links) ? c.links.filter((l): l is string => typeof l === 'string' && isHttpLink(l)) : [],
  };
}

export function vaultCaseIds(event: HostedEvent): CaseId[] {
  return [...casesOf(event).keys()] as CaseId[];
}

export function writeVaultCase(event: HostedEvent, id: CaseId, draft: CaseDraft | null): void {
  vault(event).transact(() => (draft ? casesOf(event).set(id, { ...draft }) : casesOf(event).delete(id)), 'host');
}

export function readFrozen(event: HostedEvent, roundId: string): Frozen | null {
  const v = frozenOf(event).get(roundId);
  return v && typeof v === 'object' && Array.isArray((v as Frozen).board?.rows) ? (v as Frozen) : null;
}

export function writeFrozen(event: HostedEvent, roundId: string, f: Frozen | null): void {
  vault(event).transact(() => (f ? frozenOf(event).set(roundId, f) : frozenOf(event).delete(roundId)), 'host');
}
