import { readPlan, upsertPerson } from '@shared/doc/plan';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { PersonId, TeamId } from '@shared/ids';
import type { Assignments } from '@shared/session/teams';
import { HOST_ROOM, writeHostPerson } from '../events/host-doc';
import type { HostPerson } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';

/**
 * A person's team is part of their identity: board access is decided from the identity a socket
 * was opened with. So a new team is written where identities come from (the `_host` people
 * records, which `library.identify` reads), mirrored into the plan roster for everyone's UI, and
 * the person's open sockets are closed so their clients reconnect under the new identity.
 *
 * The close code is in the 4500–4599 "try again" range on purpose: y-websocket treats 4400–4499
 * as permanent and would stop reconnecting.
 */
export const CLOSE_IDENTITY_CHANGED = 4509;

export type TeamAssignResult = { changed: PersonId[]; people: { id: PersonId; teamId: TeamId | null }[] };

/** Refuses the whole request if any person or team is unknown: half-applied team changes confuse a room. */
function validate(event: HostedEvent, assignments: Assignments): Map<PersonId, TeamId | null> {
  const people = new Map(event.people.map((p) => [p.id as string, p]));
  const teams = new Set<string>(readPlan(event.doc('plan')).teams.map((t) => t.id));
  const out = new Map<PersonId, TeamId | null>();
  for (const [personId, teamId] of Object.entries(assignments)) {
    if (!people.has(personId)) throw new AppError('bad_request', `unknown person ${personId}`);
    if (teamId !== null && !teams.has(teamId)) throw new AppError('bad_request', `unknown team ${teamId}`);
    out.set(personId as PersonId, teamId);
  }
  return out;
}

export function assignTeams(event: HostedEvent, assignments: Assignments): TeamAssignResult {
  const wanted = validate(event, assignments);
  const changed: HostPerson[] = [];
  for (const p of event.people) {
    const teamId = wanted.get(p.id);
    if (teamId !== undefined && teamId !== p.teamId) changed.push({ ...p, teamId });
  }
  // Identity first: by the time a closed socket reconnects, identify() must already see the new team.
  const host = event.doc(HOST_ROOM);
  host.transact(() => changed.forEach((p) => writeHostPerson(host, p)), HOST_ORIGIN);
  const plan = event.doc('plan');
  plan.transact(() => {
    for (const { tokenHash: _secret, ...p } of changed) upsertPerson(plan, p, HOST_ORIGIN);
  }, HOST_ORIGIN);
  closePersonSockets(event, new Set(changed.map((p) => p.id)), CLOSE_IDENTITY_CHANGED, 'identity changed');
  return {
    changed: changed.map((p) => p.id),
    people: event.people.filter((p) => wanted.has(p.id)).map((p) => ({ id: p.id, teamId: p.teamId })),
  };
}

/** Closes every socket these people have open in the event, so they reconnect with their new identity. */
export function closePersonSockets(event: HostedEvent, personIds: ReadonlySet<string>, code: number, reason: string): number {
  const conns = event.connectionsOf(personIds);
  for (const conn of conns) conn.close(code, reason);
  return conns.length;
}
