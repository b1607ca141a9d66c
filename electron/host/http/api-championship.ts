import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import {
  AdvanceBody,
  BoardsBody,
  CaseBody,
  CasePatchBody,
  DecidingBody,
  ModerateBody,
  RecusalBody,
  ReleaseBody,
  ReopenBody,
  RevealBody,
  RevealNextBody,
  SubmitBody,
  UnfreezeBody,
} from '@shared/championship/api';
import type { CasesResponse } from '@shared/championship/api';
import type { RoundId } from '@shared/championship/model';
import { createSolutionBoards } from '@shared/championship/solution-boards';
import { readRound } from '@shared/doc/championship';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import { isId } from '@shared/ids';
import { createAudienceVote } from '../championship/audience';
import { addCase, deleteCase, editCase, listCases, releaseCases } from '../championship/cases';
import { collectRound } from '../championship/collect';
import { advance } from '../championship/advance';
import { buildFeedbackFile } from '../championship/feedback';
import { langOf, sendFile } from './api-export';
import { assignRecusal, moderate, setDecidingOrder } from '../championship/chair';
import { isRevealed, reveal, revealNext, unfreeze } from '../championship/reveal';
import { reopenSheet, submitSheet } from '../championship/sheets';
import { statusOf } from '../championship/status';
import { attachChampionship } from '../championship/scheduler';
import type { HostedEvent } from '../events/hosted-event';
import type { ApiContext, Route } from './route';
import { ID, requireFacilitator, requireIdentity } from './route';
import { readJson, sendJson } from './respond';

/** Every endpoint here is the facilitator's (or that event's co-facilitator's); the championship clock runs from the first call too. */
function facilitated(ctx: ApiContext, req: IncomingMessage, eventId: string): HostedEvent {
  requireFacilitator(ctx, req, eventId);
  const event = ctx.library.get(eventId);
  attachChampionship(event);
  return event;
}

const base = `^/api/events/${ID}/championship`;

function roundParam(req: IncomingMessage): string {
  const round = new URL(req.url ?? '/', 'http://x').searchParams.get('round');
  if (!isId(round)) throw new AppError('bad_request', 'round: a round id is required (?round=<id>)');
  return round;
}

const AudienceBody = z
  .object({ round: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), perPerson: z.number().int().min(1).max(20).optional(), lang: z.enum(['ru', 'en']).optional() })
  .strict();

export const championshipRoutes: Route[] = [
  {
    method: 'POST',
    pattern: new RegExp(`${base}/audience$`),
    handler: async (ctx, req, res, [eventId]) => {
      const event = facilitated(ctx, req, eventId!);
      const body = await readJson(req, AudienceBody);
      sendJson(res, 201, createAudienceVote(event, body.round, body.perPerson ?? 1, body.lang));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${base}/cases$`),
    handler: (ctx, req, res, [eventId]) => {
      const out: CasesResponse = { cases: listCases(facilitated(ctx, req, eventId!)) };
      sendJson(res, 200, out);
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${base}/cases$`),
    handler: async (ctx, req, res, [eventId]) => {
      const event = facilitated(ctx, req, eventId!);
      sendJson(res, 201, { caseId: addCase(event, await readJson(req, CaseBody)) });
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${base}/cases/${ID}$`),
    handler: async (ctx, req, res, [eventId, caseId]) => {
      const event = facilitated(ctx, req, eventId!);
      sendJson(res, 200, editCase(event, caseId!, await readJson(req, CasePatchBody)));
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`${base}/cases/${ID}$`),
    handler: (ctx, req, res, [eventId, caseId]) => {
      deleteCase(facilitated(ctx, req, eventId!), caseId!);
      sendJson(res, 200, { ok: true });
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${base}/release$`),
    handler: async (ctx, req, res, [eventId]) => {
      const event = facilitated(ctx, req, eventId!);
      const body = await readJson(req, ReleaseBody);
      sendJson(res, 200, { released: releaseCases(event, body.caseIds ?? null) });
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${base}/boards$`),
    handler: async (ctx, req, res, [eventId]) => {
      const event = facilitated(ctx, req, eventId!);
      const { round } = await readJson(req, BoardsBody);
      if (!readRound(event.doc('plan'), round)) throw new AppError('not_found', `no round ${round}`);
      sendJson(res, 200, { boards: createSolutionBoards(event.doc('plan'), round as RoundId, HOST_ORIGIN) });
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${base}/status$`),
    handler: (ctx, req, res, [eventId]) => {
      const event = facilitated(ctx, req, eventId!);
      const round = roundParam(req);
      sendJson(res, 200, statusOf(event, collectRound(event, round), isRevealed(event, round)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${base}/reveal$`),
    handler: async (ctx, req, res, [eventId]) => {
      const event = facilitated(ctx, req, eventId!);
      const body = await readJson(req, RevealBody);
      sendJson(res, 200, reveal(event, body.round, body.mode));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${base}/reveal/next$`),
    handler: async (ctx, req, res, [eventId]) => {
      const event = facilitated(ctx, req, eventId!);
      const body = await readJson(req, RevealNextBody);
      sendJson(res, 200, revealNext(event, body.round));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${base}/submit$`),
    handler: async (ctx, req, res, [eventId]) => {
      const who = requireIdentity(ctx, req);
      if (who.eventId !== eventId || !who.personId) throw new AppError('forbidden', 'only a juror (or a peer reviewer) of this event submits a sheet');
      const event = ctx.library.get(eventId!);
      attachChampionship(event);
      const { round } = await readJson(req, SubmitBody);
      sendJson(res, 200, submitSheet(event, who.personId, round));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${base}/feedback/${ID}\\.(pdf|docx)$`),
    handler: async (ctx, req, res, [eventId, teamId, ext]) => {
      const event = facilitated(ctx, req, eventId!);
      const anonymous = new URL(req.url ?? '/', 'http://x').searchParams.get('anonymous') === '1';
      sendFile(res, await buildFeedbackFile(event, teamId!, ext as 'pdf' | 'docx', anonymous, langOf(req.url)));
    },
  },
  ...chairRoutes(),
];

/** The chair's acts (the console's facilitator token): each answers `{"ok":true}` or the new state. */
function chairRoutes(): Route[] {
  const post = <T>(path: string, schema: z.ZodType<T>, act: (event: HostedEvent, body: T) => unknown): Route => ({
    method: 'POST',
    pattern: new RegExp(`${base}/${path}$`),
    handler: async (ctx, req, res, [eventId]) => {
      const event = facilitated(ctx, req, eventId!);
      const out = act(event, await readJson(req, schema));
      sendJson(res, 200, out ?? { ok: true });
    },
  });
  return [
    post('reopen', ReopenBody, (e, b) => reopenSheet(e, b.person, b.round, b.reason)),
    post('unfreeze', UnfreezeBody, (e, b) => unfreeze(e, b.round, b.reason)),
    post('recusal', RecusalBody, (e, b) => assignRecusal(e, b.person, b.round, b.team, b.recused)),
    post('deciding', DecidingBody, (e, b) => setDecidingOrder(e, b.round, b.teamIds)),
    post('moderate', ModerateBody, (e, b) => moderate(e, b)),
    post('advance', AdvanceBody, (e, b) => advance(e, b)),
  ];
}
