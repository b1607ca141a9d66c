/**
 * Mount points on the participant's phone for features built elsewhere (voting, private writing).
 * A feature adds its component to a list; the participant view renders whatever is listed.
 *
 * Intended entries:
 *   features/voting/…  → PARTICIPANT_PANELS (the ballot)
 *   features/private/… → PARTICIPANT_PANELS (private writing for the shown board)
 */
import type { ComponentType } from 'react';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId, PersonId, TeamId } from '@shared/ids';
import type { Room } from '../../collab/rooms';
import type { Session } from '../../collab/rooms';
import { ParticipantChampionship } from '../championship/ParticipantChampionship';
import { PrivateWritingPanel } from '../private/PrivateWritingPanel';
import { VotingPanel } from '../voting/VotingPanel';

export type ParticipantSlotProps = {
  eventId: EventId;
  session: Session;
  personId: PersonId;
  teamId: TeamId | null;
  /** The plan room (read-only for participants). */
  plan: Room;
  /** The board on the participant's screen, if any. */
  board: BoardInfo | null;
};

/** Rendered above the board on the phone, in list order. */
export const PARTICIPANT_PANELS: ComponentType<ParticipantSlotProps>[] = [ParticipantChampionship, VotingPanel, PrivateWritingPanel];
