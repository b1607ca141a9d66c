import { useEffect, useState } from 'react';
import type { Role } from '@shared/access';
import type { EventId } from '@shared/ids';
import { api } from '../../collab/api';
import { forgetIdentity, getCodeTarget, getIdentity } from '../../collab/identity';
import { homeOf } from '../../collab/session';

export type RestoreState = { kind: 'checking' } | { kind: 'none' } | { kind: 'restored'; href: string };

/**
 * If this browser already joined the event behind `code`, go back in as the same person.
 * A token the host no longer knows (event deleted, other host) is forgotten; a host we cannot reach
 * is not a reason to forget: the participant view works offline from the cache.
 */
export function useRestore(code: string, known: { eventId: EventId; role: Role } | null): RestoreState {
  const [state, setState] = useState<RestoreState>({ kind: 'checking' });
  const target = known ?? getCodeTarget(code);
  const eventId = target?.eventId;
  const role = target?.role;
  useEffect(() => {
    if (!eventId || !role) {
      setState({ kind: 'none' });
      return;
    }
    const id = getIdentity(eventId, role);
    if (!id) {
      setState({ kind: 'none' });
      return;
    }
    let live = true;
    void api.me(id.token).then((r) => {
      if (!live) return;
      if (r.ok || r.error.code === 'network') return setState({ kind: 'restored', href: homeOf(role, eventId) });
      if (r.error.code === 'unauthorized' || r.error.code === 'not_found') forgetIdentity(eventId, role);
      setState({ kind: 'none' });
    });
    return () => {
      live = false;
    };
  }, [eventId, role]);
  return state;
}
