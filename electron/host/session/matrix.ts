import type * as Y from 'yjs';
import { readCards } from '@shared/doc/board';
import type { MatrixIdea, MatrixInfo } from '@shared/doc/matrix';
import { MAX_IDEA_TEXT, MAX_MATRIX_IDEAS, averagePlacements, placementSource, readMatrices, writeMatrixResults } from '@shared/doc/matrix';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { HOST_ROOM, counts } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';
import { PROGRESS_INTERVAL_MS, throttle } from './voting-progress';

/** What a matrix places: its typed ideas, then the cards of its source board (texts as they are now). */
export function matrixIdeas(event: HostedEvent, m: MatrixInfo): MatrixIdea[] {
  const out = [...m.ideas];
  const source = m.sourceBoardId ? event.docs.get(`board/${m.sourceBoardId}`) : undefined;
  if (source)
    for (const c of readCards(source)) if (c.text.trim() && !out.some((i) => i.id === c.id)) out.push({ id: c.id, text: c.text.slice(0, MAX_IDEA_TEXT) });
  return out.slice(0, MAX_MATRIX_IDEAS);
}

/** Publishes every matrix's averaged positions from the rooms of the people who count. */
export function publishMatrices(event: HostedEvent): void {
  const plan = event.doc('plan');
  const matrices = readMatrices(plan);
  if (matrices.length === 0) return;
  const people = event.people.filter(counts);
  for (const m of matrices) {
    const ideas = matrixIdeas(event, m);
    const placements = people.map((p) => {
      const doc = event.docs.get(`person/${p.id}`);
      return { personId: p.id, raw: doc ? placementSource(doc, m.boardId, ideas) : {} };
    });
    writeMatrixResults(event.doc('results'), m.boardId, { points: averagePlacements(ideas, placements) }, HOST_ORIGIN);
  }
}

/** Keeps the averaged positions current (plan, roster, person rooms), at most four times a second. Returns the detach. */
export function attachMatrices(event: HostedEvent, interval = PROGRESS_INTERVAL_MS): () => void {
  const watched = new Map<string, Y.Doc>();
  const publish = throttle(() => publishMatrices(event), interval);
  const schedule = () => publish.schedule();
  const watchPeople = () => {
    for (const p of event.people) {
      const rel = `person/${p.id}`;
      if (watched.has(rel)) continue;
      const doc = event.doc(rel);
      doc.on('update', schedule);
      watched.set(rel, doc);
    }
    schedule();
  };
  const plan = event.doc('plan');
  const host = event.doc(HOST_ROOM);
  plan.on('update', schedule);
  host.on('update', watchPeople);
  watchPeople();
  return () => {
    publish.cancel();
    plan.off('update', schedule);
    host.off('update', watchPeople);
    for (const doc of watched.values()) doc.off('update', schedule);
  };
}
