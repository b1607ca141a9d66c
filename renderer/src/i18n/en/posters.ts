import type { posters as ru } from '../ru/posters';
import type { Messages } from '../messages';

/** English strings for the poster session, visitors' and teams' side. */
export const posters: Messages<typeof ru> = {
  posters: {},
};
