import { randomInt } from 'node:crypto';
import { readPlan } from '@shared/doc/plan';
import { AppError } from '@shared/errors';
import type { TeamId } from '@shared/ids';
import type { TeamAssignResponse, TimeResponse } from '@shared/session/protocol';
import { TeamAssignBody, TeamAutoBody } from '@shared/session/protocol';
import { assignMixed, assignRandom } from '@shared/session/teams';
import { assignTeams } from '../session/team-assign';
import type { HostedEvent } from '../events/hosted-event';
import type { Route } from './route';
import { ID, requireFacilitator } from './route';
import { readJson, sendJson } from './respond';

/** Participants only: facilitators, co-facilitators and jurors are never dealt into teams automatically. */
function autoAssign(event: HostedEvent, body: TeamAutoBody): Record<string, TeamId> {
  const known = readPlan(event.doc('plan')).teams.map((t) => t.id);
  const teams = body.teamIds ?? known;
  for (const t of teams) if (!known.includes(t as TeamId)) throw new AppError('bad_request', `unknown team ${t}`);
  if (teams.length === 0) throw new AppError('bad_request', 'the plan has no teams yet');
  const people = event.people.filter((p) => p.role === 'participant');
  const seed = body.seed ?? randomInt(0, 0xffffffff);
  return body.mode === 'random'
    ? assignRandom(
        people.map((p) => p.id),
        teams as TeamId[],
        seed,
      )
    : assignMixed(people, teams as TeamId[], seed);
}

export const agendaRoutes: Route[] = [
  {
    // No token: a phone needs the host's clock before (and while) it shows any timer.
    method: 'GET',
    pattern: /^\/api\/time$/,
    handler: (_ctx, _req, res) => {
      const body: TimeResponse = { now: Date.now() };
      sendJson(res, 200, body);
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/teams/assign$`),
    handler: async (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      const event = ctx.library.get(id!);
      const body = await readJson(req, TeamAssignBody);
      const out: TeamAssignResponse = assignTeams(event, body.assignments as Record<string, TeamId | null>);
      sendJson(res, 200, out);
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/teams/auto$`),
    handler: async (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      const event = ctx.library.get(id!);
      const body = await readJson(req, TeamAutoBody);
      const out: TeamAssignResponse = assignTeams(event, autoAssign(event, body));
      sendJson(res, 200, out);
    },
  },
];
