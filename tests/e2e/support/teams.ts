import type { RosterResponse } from '@shared/session/roster';
import type { TestHost } from './host-process';

/**
 * The join form's team is only a request: membership comes from the facilitator. This does what the
 * facilitator's roster does with "asks to join team … — accept": it reads the roster and assigns each
 * named person the team they asked for, through the host's API with the facilitator token.
 */
export async function acceptTeamRequest(host: TestHost, eventId: string, name: string): Promise<void> {
  const auth = { authorization: `Bearer ${host.token}` };
  const roster = (await (await fetch(`${host.url}/api/events/${eventId}/people`, { headers: auth })).json()) as RosterResponse;
  const person = roster.people.find((p) => p.name === name);
  if (!person?.requestedTeamId) throw new Error(`${name} has not asked for a team`);
  const res = await fetch(`${host.url}/api/events/${eventId}/teams/assign`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ assignments: { [person.id]: person.requestedTeamId } }),
  });
  if (res.status !== 200) throw new Error(`team assignment failed: ${res.status} ${await res.text()}`);
}

/** The event id of a participant page (`/p/<eventId>`). */
export function eventIdOf(url: string): string {
  const id = /\/p\/([^/?#]+)/.exec(new URL(url).pathname)?.[1];
  if (!id) throw new Error(`not a participant page: ${url}`);
  return id;
}
