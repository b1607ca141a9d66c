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
