import * as Y from 'yjs';
import { isId } from '../ids';
import { childMap, str } from './schema';

/**
 * The 2×2 prioritisation matrix (impact × effort), in three rooms like dot voting:
 * - plan `matrices.<boardId>` = {title, sourceBoardId|null, ideas: [{id, text}]}: what is placed — the
 *   cards of a chosen board (texts read live from it) and/or typed ideas; written by facilitators;
 * - person `matrix.<boardId>.<ideaId>` = {impact, effort}: one person's placement, their own record in
 *   their own room (nobody else can write it, or read it);
 * - results `matrix.<boardId>` = {points: [{ideaId, text, impact, effort, count}]}: the averaged
 *   positions, written by the host alone (electron/host/session/matrix.ts).
 * Coordinates are 0–10 (0 = low impact / low effort). A placement outside the range, or not two finite
 * numbers, is ignored, never clamped: a hostile phone cannot drag an average off the chart.
 */

export const MATRIX_MIN = 0;
export const MATRIX_MAX = 10;
export const MAX_MATRIX_IDEAS = 50;
export const MAX_IDEA_TEXT = 300;

export type MatrixIdea = { id: string; text: string };
export type MatrixInfo = { boardId: string; title: string; sourceBoardId: string | null; ideas: MatrixIdea[] };
export type Placement = { impact: number; effort: number };
export type MatrixPoint = { ideaId: string; text: string; impact: number; effort: number; count: number };
export type MatrixResults = { points: MatrixPoint[] };

const matricesOf = (plan: Y.Doc) => plan.getMap<unknown>('matrices');
const placementsOf = (person: Y.Doc) => person.getMap<unknown>('matrix');
const resultsOf = (results: Y.Doc) => results.getMap<unknown>('matrix');

export function parseIdeas(v: unknown): MatrixIdea[] {
  if (!Array.isArray(v)) return [];
  const out: MatrixIdea[] = [];
  for (const x of v.slice(0, MAX_MATRIX_IDEAS)) {
    if (!x || typeof x !== 'object') continue;
    const { id, text } = x as Record<string, unknown>;
    if (!isId(id) || out.some((i) => i.id === id)) continue;
    out.push({ id, text: str(text).slice(0, MAX_IDEA_TEXT) });
  }
  return out;
}

export function readMatrix(plan: Y.Doc, boardId: string): MatrixInfo | null {
  const m = childMap(matricesOf(plan), boardId);
  if (!m) return null;
  const source = m.get('sourceBoardId');
  return { boardId, title: str(m.get('title')), sourceBoardId: isId(source) ? source : null, ideas: parseIdeas(m.get('ideas')) };
}

export function readMatrices(plan: Y.Doc): MatrixInfo[] {
  const out: MatrixInfo[] = [];
  matricesOf(plan).forEach((_v, id) => {
    const m = readMatrix(plan, id);
    if (m) out.push(m);
  });
  return out.sort((a, b) => (a.boardId < b.boardId ? -1 : 1));
}

/** A facilitator's client (or the host) defines what the matrix places. */
export function setMatrix(plan: Y.Doc, def: Omit<MatrixInfo, 'ideas'> & { ideas: MatrixIdea[] }, origin: unknown): void {
  plan.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('title', def.title.slice(0, 200));
    m.set('sourceBoardId', def.sourceBoardId);
    m.set('ideas', parseIdeas(def.ideas));
    matricesOf(plan).set(def.boardId, m);
  }, origin);
}

/** A placement as it counts: two finite numbers inside the range, or null. */
export function validPlacement(v: unknown): Placement | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const { impact, effort } = v as Record<string, unknown>;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= MATRIX_MIN && n <= MATRIX_MAX;
  return ok(impact) && ok(effort) ? { impact, effort } : null;
}

/** Writes my placement of one idea in my own room (values outside the range are refused before writing). */
export function placeIdea(person: Y.Doc, boardId: string, ideaId: string, p: Placement, origin: unknown): boolean {
  const valid = validPlacement(p);
  if (!valid || !isId(ideaId)) return false;
  person.transact(() => {
    const all = placementsOf(person);
    let m = childMap(all, boardId);
    if (!m) {
      m = new Y.Map<unknown>();
      all.set(boardId, m);
    }
    m.set(ideaId, { impact: valid.impact, effort: valid.effort });
  }, origin);
  return true;
}

export function myPlacements(person: Y.Doc, boardId: string): Record<string, Placement> {
  const m = childMap(placementsOf(person), boardId);
  const out: Record<string, Placement> = {};
  m?.forEach((v, ideaId) => {
    const p = validPlacement(v);
    if (p) out[ideaId] = p;
  });
  return out;
}

/** Reads, for the ideas given, what one person's room holds (only those keys; a hostile map may hold anything). */
export function placementSource(person: Y.Doc, boardId: string, ideas: readonly MatrixIdea[]): Record<string, unknown> {
  const m = childMap(placementsOf(person), boardId);
  const out: Record<string, unknown> = {};
  if (!m) return out;
  for (const i of ideas) if (m.has(i.id)) out[i.id] = m.get(i.id);
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The averaged positions: for each idea, the mean impact and effort over the people whose placement of
 * it is valid (one per person: callers pass one entry per person), and how many placed it. Ideas nobody
 * placed are listed with count 0 at the centre. Same input, same output, whatever the order of people.
 */
export function averagePlacements(ideas: readonly MatrixIdea[], people: readonly { personId: string; raw: Record<string, unknown> }[]): MatrixPoint[] {
  const seen = new Set<string>();
  const sums = new Map<string, { impact: number; effort: number; count: number }>(ideas.map((i) => [i.id, { impact: 0, effort: 0, count: 0 }]));
  for (const p of people) {
    if (seen.has(p.personId)) throw new Error(`averagePlacements: two entries for ${p.personId}`);
    seen.add(p.personId);
    for (const i of ideas) {
      const v = Object.prototype.hasOwnProperty.call(p.raw, i.id) ? validPlacement(p.raw[i.id]) : null;
      if (!v) continue;
      const s = sums.get(i.id)!;
      s.impact += v.impact;
      s.effort += v.effort;
      s.count += 1;
    }
  }
  const mid = (MATRIX_MIN + MATRIX_MAX) / 2;
  return ideas.map((i) => {
    const s = sums.get(i.id)!;
    return {
      ideaId: i.id,
      text: i.text,
      impact: s.count ? round2(s.impact / s.count) : mid,
      effort: s.count ? round2(s.effort / s.count) : mid,
      count: s.count,
    };
  });
}

export function readMatrixResults(results: Y.Doc, boardId: string): MatrixResults | null {
  const v = resultsOf(results).get(boardId);
  if (!v || typeof v !== 'object' || v instanceof Y.AbstractType || !Array.isArray((v as MatrixResults).points)) return null;
  return v as MatrixResults;
}

/** Host: one value per matrix, replaced whole; skips writes that change nothing. */
export function writeMatrixResults(results: Y.Doc, boardId: string, value: MatrixResults, origin: unknown): boolean {
  if (JSON.stringify(resultsOf(results).get(boardId)) === JSON.stringify(value)) return false;
  results.transact(() => resultsOf(results).set(boardId, value), origin);
  return true;
}
