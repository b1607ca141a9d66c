import * as Y from 'yjs';
import { isId } from '../ids';
import { bool, num, str, strOrNull } from '../doc/schema';

/**
 * Comments and questions on posters. Where they live, and why that is safe:
 * - a visitor never writes a shared doc: the host takes the comment over HTTP (the author comes from
 *   the token), keeps the author's own copy in their person room (`posterComments`), and publishes
 *   it into the results room (`posterThreads`: posterBoardId → Y.Map commentId → one JSON value);
 * - the results room is read by everyone and written by the host alone, so nobody can forge,
 *   edit or delete another person's comment, and `answer: true` (a reply by a member of the poster's
 *   team) is decided by the host from its own roster, never claimed by a client;
 * - a published comment carries the author's name (public in the plan roster anyway) and no contact.
 */
export type PosterComment = {
  id: string;
  posterId: string;
  /** The thread's first comment; null: this comment starts a thread. */
  replyTo: string | null;
  authorId: string;
  authorName: string;
  text: string;
  at: number;
  /** Written by a member of the poster's team: an answer of the initiative. */
  answer: boolean;
};
export type PosterThread = { root: PosterComment; replies: PosterComment[] };

const threadsOf = (results: Y.Doc) => results.getMap<unknown>('posterThreads');
const mineOf = (person: Y.Doc) => person.getMap<unknown>('posterComments');

function parse(posterId: string, id: string, v: unknown): PosterComment | null {
  if (!v || typeof v !== 'object' || !isId(id)) return null;
  const o = v as Record<string, unknown>;
  return {
    id,
    posterId,
    replyTo: strOrNull(o.replyTo),
    authorId: str(o.authorId),
    authorName: str(o.authorName),
    text: str(o.text),
    at: num(o.at),
    answer: bool(o.answer),
  };
}

export function readComments(results: Y.Doc, posterId: string): PosterComment[] {
  const m = threadsOf(results).get(posterId);
  if (!(m instanceof Y.Map)) return [];
  const out: PosterComment[] = [];
  m.forEach((v, id) => {
    const c = parse(posterId, id, v);
    if (c) out.push(c);
  });
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/** Threads oldest first; a reply whose root is gone is dropped rather than shown out of context. */
export function readThreads(results: Y.Doc, posterId: string): PosterThread[] {
  const all = readComments(results, posterId);
  const roots = all.filter((c) => c.replyTo === null);
  return roots.map((root) => ({ root, replies: all.filter((c) => c.replyTo === root.id) }));
}

/** Host only: publishes a comment, and keeps the author's copy in their person room. */
export function publishComment(results: Y.Doc, person: Y.Doc, c: PosterComment, origin: unknown): void {
  const { posterId: _p, id, ...value } = c;
  results.transact(() => {
    let m = threadsOf(results).get(c.posterId);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map<unknown>();
      threadsOf(results).set(c.posterId, m);
    }
    (m as Y.Map<unknown>).set(id, value);
  }, origin);
  person.transact(() => mineOf(person).set(id, { posterId: c.posterId, replyTo: c.replyTo, text: c.text, at: c.at }), origin);
}
