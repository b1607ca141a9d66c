import { z } from 'zod';
import { ID_PATTERN } from '../ids';
import { MAX_BUDGET, MAX_VOTE_ITEMS } from '../doc/voting';

/** Request bodies of the voting and reveal endpoints, parsed once at the host's edge. */

const id = z.string().regex(ID_PATTERN);

export const OpenVoteBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    items: z
      .array(z.object({ boardId: id, itemId: id }).strict())
      .min(1)
      .max(MAX_VOTE_ITEMS),
    perPerson: z.number().int().min(1).max(MAX_BUDGET),
    maxPerItem: z.number().int().min(1).max(MAX_BUDGET),
  })
  .strict();
export type OpenVoteBody = z.infer<typeof OpenVoteBody>;

/** Close and reveal take no parameters; an empty object (or no body) is all they accept. */
export const EmptyBody = z.object({}).strict();

export type OpenVoteResponse = { voteId: string };
