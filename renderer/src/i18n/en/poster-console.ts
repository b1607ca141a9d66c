import type { posterConsole as ru } from '../ru/poster-console';
import type { Messages } from '../messages';

/** English strings for the poster session, facilitator's side. */
export const posterConsole: Messages<typeof ru> = {
  posterConsole: {},
};
