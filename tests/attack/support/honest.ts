import { addCard, readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PersonId } from '@shared/ids';
import type { HostProcess } from './host-process';
import { clientOn, hostApi, until } from './host-process';

/** The shared board of an event, read from its plan by someone who may read it. */
export async function sharedBoard(host: HostProcess, eventId: string, token: string): Promise<string> {
  const plan = clientOn(host, `${eventId}/plan`, token);
  try {
    await plan.ready;
    return readPlan(plan.doc).boards[0]!.id;
  } finally {
    plan.destroy();
  }
}

/**
 * The check every attack test ends with: two honest people on the shared board, one adds a card,
 * the other sees it. Throws (with `until`'s message) when the edit does not arrive.
 */
export async function honestEditArrives(host: HostProcess, eventId: string, boardId: string, writer: string, reader: string, text: string): Promise<void> {
  const room = `${eventId}/board/${boardId}`;
  const author = await authorOf(host, writer);
  const a = clientOn(host, room, writer);
  const b = clientOn(host, room, reader);
  try {
    await Promise.all([a.ready, b.ready]);
    addCard(a.doc, { text, ...author }, LOCAL_ORIGIN);
    await until(() => readCards(b.doc).some((c) => c.text === text), `the honest card «${text}» reaching the other client`);
  } finally {
    a.destroy();
    b.destroy();
  }
}

/**
 * The author fields an honest client signs its cards with: the host refuses a participant's card
 * whose author is not the writer (the update guard), so they come from the token, via `GET /api/me`.
 */
export async function authorOf(host: Pick<HostProcess, 'base'>, token: string): Promise<{ authorId: PersonId | null; authorName: string }> {
  const me = await hostApi<{ personId: string | null; name: string }>(host, 'GET', '/api/me', { token });
  if (me.status !== 200) throw new Error(`GET /api/me answered ${me.status}`);
  return { authorId: me.body.personId as PersonId | null, authorName: me.body.name };
}
