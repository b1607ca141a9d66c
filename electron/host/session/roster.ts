import { removePerson, upsertPerson } from '@shared/doc/plan';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { PersonId } from '@shared/ids';
import type { PersonAction, RosterEntry, RosterResponse } from '@shared/session/roster';
import { HOST_ROOM, appendAudit, readAudit, readHostMeta, writeHostMeta, writeHostPerson } from '../events/host-doc';
import type { HostPerson, PersonStatus } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';
import { CLOSE_FORBIDDEN } from '../sync/connection';
import { CLOSE_IDENTITY_CHANGED, closePersonSockets } from './team-assign';
import { recountVotes } from './voting';

/** The facilitator's roster: everyone who joined, with where from, on what, and how many sockets are open. */
export function rosterOf(event: HostedEvent): RosterResponse {
  const people: RosterEntry[] = event.people.map((p) => ({
    id: p.id,
    name: p.name,
    role: p.role,
    group: p.group,
    teamId: p.teamId,
    requestedTeamId: p.requestedTeamId ?? null,
    status: p.status ?? 'active',
    mergedInto: p.mergedInto ?? null,
    address: p.address ?? null,
    device: p.device ?? null,
    joinedAt: p.joinedAt,
    sockets: event.connectionsOf(new Set([p.id])).length,
  }));
  return { checkIn: readHostMeta(event.doc(HOST_ROOM)).checkIn, people, audit: readAudit(event.doc(HOST_ROOM)) };
}

const ALLOWED_FROM: Record<PersonAction, readonly PersonStatus[]> = {
  approve: ['pending'],
  deny: ['pending'],
  void: ['active'],
  restore: ['voided'],
  remove: ['active', 'voided', 'pending'],
  merge: ['active', 'voided'],
};

const NEXT: Record<PersonAction, PersonStatus | null> = {
  approve: 'active',
  deny: 'removed',
  void: 'voided',
  restore: 'active',
  remove: 'removed',
  merge: null,
};

/**
 * One facilitator action on one person, logged in the host's room. Ballots of people who no longer
 * count drop out of open and closed votes at once; removed people lose their sockets, merged ones
 * reconnect as the person they were merged into.
 */
export function actOnPerson(event: HostedEvent, personId: string, action: PersonAction, into: string | null, by: string): RosterResponse {
  const person = event.people.find((p) => p.id === personId);
  if (!person) throw new AppError('not_found', `no person ${personId}`);
  const status = person.status ?? 'active';
  if (person.mergedInto || !ALLOWED_FROM[action].includes(status))
    throw new AppError('conflict', `cannot ${action} a person who is ${person.mergedInto ? 'merged' : status}`);
  const target = action === 'merge' ? mergeTarget(event, person, into) : null;
  const next: HostPerson = { ...person, status: NEXT[action] ?? status, mergedInto: target?.id ?? null };
  const host = event.doc(HOST_ROOM);
  host.transact(() => {
    writeHostPerson(host, next);
    appendAudit(host, { at: Date.now(), action, personId: person.id, into: target?.id ?? null, by });
  }, HOST_ORIGIN);
  const plan = event.doc('plan');
  const { tokenHash: _secret, status: _s, mergedInto: _m, requestedTeamId: _r, address: _a, device: _d, ...info } = next;
  if (next.status === 'active' && !next.mergedInto) upsertPerson(plan, info, HOST_ORIGIN);
  if (next.status === 'removed' || next.mergedInto) removePerson(plan, person.id, HOST_ORIGIN);
  if (next.status === 'removed') closePersonSockets(event, new Set([person.id]), CLOSE_FORBIDDEN, 'removed by the facilitator');
  if (target) closePersonSockets(event, new Set([person.id]), CLOSE_IDENTITY_CHANGED, 'merged');
  recountVotes(event);
  return rosterOf(event);
}

function mergeTarget(event: HostedEvent, person: HostPerson, into: string | null): HostPerson {
  const target = event.people.find((p) => p.id === into);
  if (!target || target.id === person.id) throw new AppError('bad_request', 'merge needs another person to merge into');
  if (target.mergedInto || target.status === 'removed' || target.status === 'pending') throw new AppError('conflict', 'cannot merge into that person');
  if (target.role !== person.role) throw new AppError('bad_request', 'only people of the same role can be merged');
  return target;
}

export function setCheckIn(event: HostedEvent, on: boolean, by: string): RosterResponse {
  const host = event.doc(HOST_ROOM);
  host.transact(() => {
    writeHostMeta(host, { checkIn: on });
    appendAudit(host, { at: Date.now(), action: on ? 'check-in-on' : 'check-in-off', personId: '' as PersonId, into: null, by });
  }, HOST_ORIGIN);
  return rosterOf(event);
}
