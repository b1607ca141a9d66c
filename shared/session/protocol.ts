import { z } from 'zod';
import { ID_PATTERN } from '../ids';
import type { PersonId, TeamId } from '../ids';

/** Request bodies and responses of the session endpoints (electron/host/http/api-agenda.ts). */

/** `GET /api/time`: the host's clock, for shared/clock.ts. */
export type TimeResponse = { now: number };

/** Enough for a hall of ~150 with room to spare; a bigger body is a mistake or an attack. */
export const MAX_ASSIGNMENTS = 2000;

const id = z.string().regex(ID_PATTERN);

export const TeamAssignBody = z
  .object({
    assignments: z.record(id, id.nullable()).refine((a) => Object.keys(a).length <= MAX_ASSIGNMENTS, `at most ${MAX_ASSIGNMENTS} assignments`),
  })
  .strict();
export type TeamAssignBody = z.infer<typeof TeamAssignBody>;

/**
 * Automatic split of the event's participants over the plan's teams (or the listed ones).
 * The same seed gives the same split as shared/session/teams.ts computes in the console's preview.
 */
export const TeamAutoBody = z
  .object({
    mode: z.enum(['random', 'mixed']),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    teamIds: z.array(id).min(1).max(200).optional(),
  })
  .strict();
export type TeamAutoBody = z.infer<typeof TeamAutoBody>;

export type TeamAssignResponse = {
  /** People whose team actually changed (their sockets were closed so they reconnect with it). */
  changed: PersonId[];
  /** The team of every person named in the request, after the change. */
  people: { id: PersonId; teamId: TeamId | null }[];
};
