import { z } from 'zod';
import type { Role } from '../access';
import { ID_PATTERN } from '../ids';
import type { PersonId, TeamId } from '../ids';

/** Bodies and responses of the roster endpoints (electron/host/http/api-people.ts); see docs/protocol.md. */

export const PERSON_ACTIONS = ['approve', 'deny', 'void', 'restore', 'remove', 'merge'] as const;
export type PersonAction = (typeof PERSON_ACTIONS)[number];

export const PersonActionBody = z
  .object({
    action: z.enum(PERSON_ACTIONS),
    /** For `merge`: the person this one is merged into. */
    into: z.string().regex(ID_PATTERN).optional(),
  })
  .strict();
export type PersonActionBody = z.infer<typeof PersonActionBody>;

export const CheckInBody = z.object({ on: z.boolean() }).strict();
export type CheckInBody = z.infer<typeof CheckInBody>;

export type RosterStatus = 'active' | 'pending' | 'voided' | 'removed';

export type RosterEntry = {
  id: PersonId;
  name: string;
  role: Role;
  group: string | null;
  teamId: TeamId | null;
  /** The team named on the join form; only the facilitator's assignment gives it. */
  requestedTeamId: TeamId | null;
  status: RosterStatus;
  mergedInto: PersonId | null;
  address: string | null;
  device: string | null;
  joinedAt: number;
  /** Sockets open right now. */
  sockets: number;
};

export type RosterAuditEntry = { at: number; action: string; personId: PersonId; into: PersonId | null; by: string };

export type RosterResponse = { checkIn: boolean; people: RosterEntry[]; audit: RosterAuditEntry[] };
