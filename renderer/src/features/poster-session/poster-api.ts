import type { EventId } from '@shared/ids';
import type { SetupPostersBody } from '@shared/posters/api';
import { currentLanguage } from '../../i18n';
import { postJson } from '../voting/voting-api';

/**
 * The poster session's facilitator endpoints (docs/posters.md). Results come back through the plan
 * (posterSession, the round) and the results room; the answers are read for success or a reason.
 */
const ev = (id: EventId) => `/api/events/${encodeURIComponent(id)}`;

export const posterApi = {
  /** Creates the posters and inboxes of teams that have none yet; `editingClosesAt` absent leaves the deadline as it is. */
  setup: (token: string, id: EventId, body: SetupPostersBody = {}) => postJson(token, `${ev(id)}/posters`, { lang: currentLanguage(), ...body }),
  /** The audience's nomination: a dot vote over the posters' round, `perPerson` dots each. */
  audience: (token: string, id: EventId, round: string, perPerson: number) =>
    postJson(token, `${ev(id)}/championship/audience`, { round, perPerson, lang: currentLanguage() }),
};
