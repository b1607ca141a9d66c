import type { BoardId } from '@shared/ids';
import { ModerateBody, NowAnsweringBody } from '@shared/audience/api';
import type { QuestionQueue } from '@shared/audience/api';
import { moderateQuestion, questionQueue, setNowAnswering } from '../session/audience';
import type { Route } from './route';
import { ID, requireFacilitator } from './route';
import { readJson, sendJson } from './respond';

/** The question session's moderation: only facilitators see the queue (pending and hidden questions) and change it. */
export const audienceRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/boards/${ID}/questions$`),
    handler: (ctx, req, res, [eventId, boardId]) => {
      requireFacilitator(ctx, req, eventId);
      const out: QuestionQueue = questionQueue(ctx.library.get(eventId!), boardId as BoardId);
      sendJson(res, 200, out);
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/boards/${ID}/questions/${ID}$`),
    handler: async (ctx, req, res, [eventId, boardId, questionId]) => {
      requireFacilitator(ctx, req, eventId);
      const event = ctx.library.get(eventId!);
      const body = await readJson(req, ModerateBody);
      moderateQuestion(event, boardId as BoardId, questionId!, body.status);
      sendJson(res, 200, questionQueue(event, boardId as BoardId));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/boards/${ID}/now-answering$`),
    handler: async (ctx, req, res, [eventId, boardId]) => {
      requireFacilitator(ctx, req, eventId);
      const event = ctx.library.get(eventId!);
      const body = await readJson(req, NowAnsweringBody);
      setNowAnswering(event, boardId as BoardId, body.questionId);
      sendJson(res, 200, questionQueue(event, boardId as BoardId));
    },
  },
];
