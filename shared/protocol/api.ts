import { z } from 'zod';
import type { Role } from '../access';
import { EventMetaPatch } from '../doc/event-meta';
import type { EventFormat } from '../doc/formats';
import { EVENT_FORMATS } from '../doc/formats';
import type { StakeholderGroup } from '../doc/plan';
import type { EventId, PersonId, TeamId } from '../ids';

/** Request bodies are parsed by these schemas once, at the host's edge. Responses are plain types. */

export const MAX_TITLE = 200;
export const MAX_NAME = 80;

const title = z.string().trim().min(1).max(MAX_TITLE);

/** `lang`: the console's language, which names what the host creates with the event (its first board). */
export const CreateEventBody = z.object({ title, format: z.enum(EVENT_FORMATS), lang: z.enum(['ru', 'en']).optional() }).strict();
export type CreateEventBody = z.infer<typeof CreateEventBody>;

export const PatchEventBody = z
  .object({
    title: title.optional(),
    archived: z.boolean().optional(),
    /** The event's date, place, organiser and facilitator for its documents (shared/doc/event-meta.ts). */
    meta: EventMetaPatch.optional(),
  })
  .strict();
export type PatchEventBody = z.infer<typeof PatchEventBody>;

export const DuplicateEventBody = z.object({ title: title.optional() }).strict();

export const JoinBody = z
  .object({
    code: z.string().trim().min(4).max(16),
    name: z.string().trim().min(1).max(MAX_NAME),
    group: z.string().trim().max(64).optional(),
    team: z.string().trim().max(64).optional(),
  })
  .strict();
export type JoinBody = z.infer<typeof JoinBody>;

export type HealthResponse = { ok: true; version: string; storage: { ok: boolean; problems: StorageProblem[] } };
export type StorageProblem = { eventId: EventId; message: string; since: number };

export type EventCodes = { joinCode: string; jurorCode: string; cofacilitatorCode: string };

export type EventSummary = EventCodes & {
  id: EventId;
  title: string;
  format: EventFormat;
  archived: boolean;
  createdAt: number;
  participants: number;
  storage: { ok: boolean; error: string | null };
};

export type EventsResponse = { events: EventSummary[] };
export type CreatedEvent = { id: EventId; joinCode: string };

export type RoomDescription = { name: string; kind: 'plan' | 'board' | 'person' | 'results'; read: string; write: string };
export type RoomsResponse = { rooms: RoomDescription[] };

export type JoinInfo = {
  eventId: EventId;
  title: string;
  format: EventFormat;
  role: Role;
  groups: StakeholderGroup[];
  teams: { id: TeamId; name: string }[];
};

/** `pending`: the event checks people in; the token works once the facilitator approves (poll GET /api/checkin). */
export type JoinStatus = 'active' | 'pending' | 'voided' | 'removed';
export type JoinResponse = { token: string; personId: PersonId; eventId: EventId; role: Role; status: 'active' | 'pending' };
export type JoinStatusResponse = { status: JoinStatus };

export type MeResponse = {
  role: Role;
  eventId: EventId | null;
  personId: PersonId | null;
  name: string;
  group: string | null;
  teamId: TeamId | null;
};

export type HostInfo = {
  version: string;
  port: number;
  localUrl: string;
  lanUrls: string[];
  /** Online mode: the public origin behind the TLS proxy (`--public-url`); join links and QR codes use it. */
  publicUrl: string | null;
};

/** The path of the participant join page for a code; the QR code encodes `<lanUrl>/join/<code>`. */
export const joinPath = (code: string) => `/join/${encodeURIComponent(code)}`;
