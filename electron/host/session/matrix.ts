import { readCards } from '@shared/doc/board';
import type { MatrixIdea, MatrixInfo } from '@shared/doc/matrix';
import { MAX_IDEA_TEXT, MAX_MATRIX_IDEAS, averagePlacements, placementSource, readMatrices, writeMatrixResults } from '@shared/doc/matrix';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { counts } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';
import { PROGRESS_INTERVAL_MS, watchPlanAndPeople } from './voting-progress';

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
  return watchPlanAndPeople(event, () => publishMatrices(event), interval);
}
