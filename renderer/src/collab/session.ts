import type { Role } from '@shared/access';
import type { EventId } from '@shared/ids';
import type { StoredIdentity } from './identity';
import { getFacilitatorToken, getIdentity } from './identity';
import type { Session } from './rooms';

export const sessionOf = (id: StoredIdentity): Session => ({ token: id.token, identity: `${id.role}:${id.personId}` });

/** The console of an event: a co-facilitator invited to it, else the host's facilitator. */
export function facilitatorSession(eventId: EventId): Session | null {
  const co = getIdentity(eventId, 'cofacilitator');
  if (co) return sessionOf(co);
  const token = getFacilitatorToken();
  return token ? { token, identity: 'facilitator' } : null;
}

/** Where a joined person of `role` works. */
export function homeOf(role: Role, eventId: EventId): string {
  const id = encodeURIComponent(eventId);
  switch (role) {
    case 'participant':
      return `/p/${id}`;
    case 'juror':
      return `/jury/${id}`;
    case 'facilitator':
    case 'cofacilitator':
      return `/event/${id}`;
  }
}
