import { readPlan } from '@shared/doc/plan';
import { posterNeeds, readPoster } from '@shared/doc/poster';
import type { MatrixInitiative } from '@shared/posters/matrix';
import { readInbox } from '@shared/posters/offers';
import { readPosterSession } from '@shared/posters/session-doc';
import type { HostedEvent } from '../events/hosted-event';

/** The matrix's input, read from the posters and the team inboxes (never from person rooms: those hold unconsented contacts). */
export function matrixInput(event: HostedEvent): MatrixInitiative[] {
  const plan = event.doc('plan');
  const teams = readPlan(plan).teams;
  const slots = readPosterSession(plan).slots;
  return teams.flatMap((t) => {
    const slot = slots.find((s) => s.teamId === t.id);
    if (!slot) return [];
    const poster = readPoster(event.doc(`board/${slot.poster}`));
    return [{ teamId: t.id, name: poster.name || t.name, needs: posterNeeds(poster), offers: readInbox(event.doc(`board/${slot.inbox}`)) }];
  });
}
