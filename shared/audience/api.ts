import { z } from 'zod';
import { ID_PATTERN } from '../ids';
import type { QueuedQuestion } from '../doc/audience';
import { QUESTION_STATUSES } from '../doc/audience';

/** Request and response bodies of the question moderation endpoints (facilitators only), parsed at the host's edge. */
export const ModerateBody = z.object({ status: z.enum(QUESTION_STATUSES) }).strict();
export type ModerateBody = z.infer<typeof ModerateBody>;

export const NowAnsweringBody = z.object({ questionId: z.string().regex(ID_PATTERN).nullable() }).strict();
export type NowAnsweringBody = z.infer<typeof NowAnsweringBody>;

export type QuestionQueue = { questions: QueuedQuestion[]; now: string | null };

/** The queue as the console parses it (the answer of GET …/questions and of every moderation POST). */
export const QuestionQueueSchema = z.object({
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      author: z.string().nullable(),
      anonymous: z.boolean(),
      votes: z.number(),
      status: z.enum(QUESTION_STATUSES),
      createdAt: z.number(),
    }),
  ),
  now: z.string().nullable(),
});
