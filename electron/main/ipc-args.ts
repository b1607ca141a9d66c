import { z } from 'zod';
import type { Result } from '@shared/errors';
import { fail, ok } from '@shared/errors';
import type { EventId } from '@shared/ids';
import { isId } from '@shared/ids';
import type { InvokeArgs, InvokeChannel } from '@shared/ipc';
import { EXPORT_FORMATS, LANGUAGES } from '@shared/ipc';

/**
 * Arguments from a renderer are untrusted input even from our own page: each channel's tuple is
 * parsed here, once, before a handler sees it. The `satisfies` keeps schemas and contract in step.
 */

/** Larger than any real event or export; stops a runaway renderer from filling the disk. */
export const MAX_IPC_BYTES = 256 * 1024 * 1024;

const eventId = z.custom<EventId>((v) => isId(v), 'not an event id');
const fileName = z.string().max(500);

export const IPC_ARGS = {
  'projector:open': z.tuple([z.object({ eventId }).strict()]),
  'projector:close': z.tuple([]),
  'event:open-file': z.tuple([]),
  'event:save-as': z.tuple([z.object({ eventId, suggestedName: fileName.optional() }).strict()]),
  'export:save': z.tuple([
    z
      .object({
        suggestedName: fileName,
        format: z.enum(EXPORT_FORMATS),
        bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_IPC_BYTES, 'export too large'),
      })
      .strict(),
  ]),
  'app:set-language': z.tuple([z.enum(LANGUAGES)]),
  'app:info': z.tuple([]),
  'app:open-external': z.tuple([z.string().max(4096)]),
} satisfies { [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> };

export function parseIpcArgs<C extends InvokeChannel>(channel: C, args: unknown[]): Result<InvokeArgs<C>> {
  const parsed = IPC_ARGS[channel].safeParse(args);
  if (parsed.success) return ok(parsed.data as InvokeArgs<C>);
  const issue = parsed.error.issues[0];
  return fail('bad_request', `${channel}: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid arguments'}`);
}
