import { z } from 'zod';
import { ROLES } from '@shared/access';
import { EVENT_FORMATS } from '@shared/doc/formats';
import type { EventId, PersonId, TeamId } from '@shared/ids';
import { ID_PATTERN } from '@shared/ids';
import type { TeamAssignResponse } from '@shared/session/protocol';
import type { RosterResponse } from '@shared/session/roster';
import type {
  CreatedEvent,
  EventSummary,
  EventsResponse,
  HealthResponse,
  HostInfo,
  JoinInfo,
  JoinResponse,
  JoinStatusResponse,
  MeResponse,
} from '@shared/protocol/api';

/**
 * The host's responses are parsed once, here, before the UI sees them: a host of another version
 * (or anything else answering on that port) must not crash a screen with a missing field.
 * Each schema is checked against the shared response type with `satisfies`.
 */
const id = <T extends string>() =>
  z
    .string()
    .regex(ID_PATTERN)
    .transform((s) => s as T);
const role = z.enum(ROLES);
const format = z.enum(EVENT_FORMATS);

export const HostInfoSchema = z.object({
  version: z.string(),
  port: z.number(),
  localUrl: z.string(),
  lanUrls: z.array(z.string()),
  publicUrl: z.string().nullable(),
}) satisfies z.ZodType<HostInfo>;

export const HealthSchema = z.object({
  ok: z.literal(true),
  version: z.string(),
  storage: z.object({
    ok: z.boolean(),
    problems: z.array(z.object({ eventId: id<EventId>(), message: z.string(), since: z.number() })),
  }),
}) satisfies z.ZodType<HealthResponse, unknown>;

export const EventSummarySchema = z.object({
  id: id<EventId>(),
  title: z.string(),
  format,
  archived: z.boolean(),
  createdAt: z.number(),
  participants: z.number(),
  joinCode: z.string(),
  jurorCode: z.string(),
  cofacilitatorCode: z.string(),
  storage: z.object({ ok: z.boolean(), error: z.string().nullable() }),
}) satisfies z.ZodType<EventSummary, unknown>;

export const EventsResponseSchema = z.object({ events: z.array(EventSummarySchema) }) satisfies z.ZodType<EventsResponse, unknown>;

export const CreatedEventSchema = z.object({ id: id<EventId>(), joinCode: z.string() }) satisfies z.ZodType<CreatedEvent, unknown>;

export const JoinInfoSchema = z.object({
  eventId: id<EventId>(),
  title: z.string(),
  format,
  role,
  groups: z.array(z.object({ id: z.string(), label: z.string().nullable() })),
  teams: z.array(z.object({ id: id<TeamId>(), name: z.string() })),
}) satisfies z.ZodType<JoinInfo, unknown>;

export const JoinResponseSchema = z.object({
  token: z.string().min(1),
  personId: id<PersonId>(),
  eventId: id<EventId>(),
  role,
  // A host before check-in existed sends no status: everyone it answers is in.
  status: z.enum(['active', 'pending']).default('active'),
}) satisfies z.ZodType<JoinResponse, unknown>;

export const JoinStatusSchema = z.object({ status: z.enum(['active', 'pending', 'voided', 'removed']) }) satisfies z.ZodType<JoinStatusResponse, unknown>;

export const MeResponseSchema = z.object({
  role,
  eventId: id<EventId>().nullable(),
  personId: id<PersonId>().nullable(),
  name: z.string(),
  group: z.string().nullable(),
  teamId: id<TeamId>().nullable(),
}) satisfies z.ZodType<MeResponse, unknown>;

export const TimeSchema = z.object({ now: z.number().finite() });

export const TeamAssignResponseSchema = z.object({
  changed: z.array(id<PersonId>()),
  people: z.array(z.object({ id: id<PersonId>(), teamId: id<TeamId>().nullable() })),
}) satisfies z.ZodType<TeamAssignResponse, unknown>;

export const AnySchema = z.unknown();

const rosterStatus = z.enum(['active', 'pending', 'voided', 'removed']);

export const RosterSchema = z.object({
  checkIn: z.boolean(),
  people: z.array(
    z.object({
      id: id<PersonId>(),
      name: z.string(),
      role,
      group: z.string().nullable(),
      teamId: id<TeamId>().nullable(),
      requestedTeamId: id<TeamId>().nullable(),
      status: rosterStatus,
      mergedInto: id<PersonId>().nullable(),
      address: z.string().nullable(),
      device: z.string().nullable(),
      joinedAt: z.number(),
      sockets: z.number(),
    }),
  ),
  audit: z.array(
    z.object({ at: z.number(), action: z.string(), personId: z.string().transform((s) => s as PersonId), into: id<PersonId>().nullable(), by: z.string() }),
  ),
}) satisfies z.ZodType<RosterResponse, unknown>;
