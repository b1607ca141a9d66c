import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import type { Result } from '../errors';
import { fail, ok } from '../errors';
import type { PersonId, TeamId } from '../ids';
import { isId, newId } from '../ids';
import type { CaseId, CaseInfo, ChampSettings, Criterion, CriterionId, EntryKey, Level, NewCriterion, Round, RoundId } from '../championship/model';
import { AGGREGATIONS, DEFAULT_SETTINGS, LIMITS, NORMALISATIONS, PEER_AGGREGATES, READY_CRITERIA, SCORING_MODES, isHttpLink } from '../championship/model';
import { bool, childMap, num, str, strOrNull } from './schema';

/**
 * The case championship in the plan room (readable by everyone, written by facilitators; the host
 * writes releases and deadline locks). Top-level maps, one key per field so edits merge:
 * - `champSettings`: the fields of ChampSettings;
 * - `champCases`: caseId → {order, released, releasedAt, title, text, links} — title, text and links are
 *   written here only at release: before it they sit in the host's vault (never synced), because
 *   whatever is in the plan every participant can read;
 * - `champRounds`: roundId → {title, order, teamIds, caseId, deadline, lockedAt, boards};
 * - `champCriteria`: criterionId → {title, description, min, max, weight, order};
 * - `champCaptains`: teamId → personId;
 * - `champPanels`: roundId → {personId: teamId[]} — which jurors score which teams (absent: all score all);
 * - `champRecusals`, `champDeciding`: legacy only. Assigned recusals and the chair's deciding order are
 *   the host's (its vault, electron/host/championship/ledger.ts): whatever is in the plan every
 *   participant syncs. The host moves what an older file holds there and clears these maps.
 * - `champPitch`: the pitch queue (shared/championship/pitch-doc.ts).
 * The person room's scores and the results room: shared/championship/scores-doc.ts, results-doc.ts.
 */

export * from '../championship/model';
export * from '../championship/scores-doc';
export * from '../championship/results-doc';
export * from '../championship/pitch-doc';

export type ChampionshipSnapshot = {
  settings: ChampSettings;
  cases: CaseInfo[];
  rounds: Round[];
  criteria: Criterion[];
  captains: Record<string, PersonId>;
  /** roundId → juror → the teams that juror scores; a round without panels: every juror scores every team. */
  panels: Record<string, Record<string, TeamId[]>>;
};

const MAPS = ['champSettings', 'champCases', 'champRounds', 'champCriteria', 'champCaptains', 'champPanels', 'champPitch'] as const;
const LEGACY = ['champRecusals', 'champDeciding'] as const;
const map = (plan: Y.Doc, name: (typeof MAPS)[number] | (typeof LEGACY)[number]) => plan.getMap<unknown>(name);

const byOrder = <T extends { order: string; id: string }>(a: T, b: T) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1);
const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);
const ids = (v: unknown): string[] => (Array.isArray(v) ? [...new Set(v.filter(isId))] : []);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function readSettings(plan: Y.Doc): ChampSettings {
  const m = map(plan, 'champSettings');
  const d = DEFAULT_SETTINGS;
  return {
    mode: oneOf(SCORING_MODES, m.get('mode'), d.mode),
    peerAggregate: oneOf(PEER_AGGREGATES, m.get('peerAggregate'), d.peerAggregate),
    normalisation: oneOf(NORMALISATIONS, m.get('normalisation'), d.normalisation),
    trim: Math.max(0, Math.min(10, Math.floor(num(m.get('trim'))))),
    tieCriterionId: strOrNull(m.get('tieCriterionId')) as CriterionId | null,
    chairId: strOrNull(m.get('chairId')) as PersonId | null,
    publishJurorScores: bool(m.get('publishJurorScores')),
    releaseAt: numOrNull(m.get('releaseAt')),
    audienceVoteId: strOrNull(m.get('audienceVoteId')),
    audienceWeight: Math.max(0, Math.min(1, num(m.get('audienceWeight')))),
    aggregation: oneOf(AGGREGATIONS, m.get('aggregation'), d.aggregation),
    requireComments: bool(m.get('requireComments')),
  };
}

export function setSettings(plan: Y.Doc, patch: Partial<ChampSettings>, origin: unknown): void {
  plan.transact(() => {
    const m = map(plan, 'champSettings');
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) m.set(k, v);
  }, origin);
}

function caseFromMap(id: string, m: Y.Map<unknown>): CaseInfo {
  const released = bool(m.get('released'));
  return {
    id: id as CaseId,
    order: str(m.get('order'), 'a0'),
    released,
    releasedAt: numOrNull(m.get('releasedAt')),
    title: released ? str(m.get('title')) : '',
    text: released ? str(m.get('text')) : '',
    links: released
      ? Array.isArray(m.get('links'))
        ? (m.get('links') as unknown[]).filter((l): l is string => typeof l === 'string' && isHttpLink(l))
        : []
      : [],
  };
}

function roundFromMap(id: string, m: Y.Map<unknown>): Round {
  const rawBoards = m.get('boards');
  const boards: Record<string, TeamId> = {};
  if (rawBoards && typeof rawBoards === 'object' && !(rawBoards instanceof Y.AbstractType)) {
    for (const [b, t] of Object.entries(rawBoards as Record<string, unknown>)) if (isId(b) && isId(t)) boards[b] = t as TeamId;
  }
  return {
    id: id as RoundId,
    title: str(m.get('title')),
    order: str(m.get('order'), 'a0'),
    teamIds: ids(m.get('teamIds')) as TeamId[],
    caseId: strOrNull(m.get('caseId')) as CaseId | null,
    deadline: numOrNull(m.get('deadline')),
    lockedAt: numOrNull(m.get('lockedAt')),
    boards,
  };
}

function levelsOf(v: unknown): Level[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter(
      (l): l is Level =>
        !!l && typeof l === 'object' && typeof (l as Level).score === 'number' && Number.isFinite((l as Level).score) && typeof (l as Level).text === 'string',
    )
    .slice(0, 20)
    .map((l) => ({ score: l.score, text: l.text.slice(0, LIMITS.comment) }));
}

function criterionFromMap(id: string, m: Y.Map<unknown>): Criterion {
  const bound = (x: number) => Math.max(-LIMITS.scaleMax, Math.min(LIMITS.scaleMax, x));
  const min = bound(num(m.get('min')));
  const max = bound(num(m.get('max'), 10));
  return {
    id: id as CriterionId,
    title: str(m.get('title')),
    description: str(m.get('description')),
    min: Math.min(min, max),
    max: Math.max(min, max),
    weight: Math.max(0, Math.min(LIMITS.weightMax, num(m.get('weight'), 1))),
    order: str(m.get('order'), 'a0'),
    levels: levelsOf(m.get('levels')),
  };
}

function readMaps<T extends { order: string; id: string }>(m: Y.Map<unknown>, from: (id: string, m: Y.Map<unknown>) => T): T[] {
  const out: T[] = [];
  m.forEach((v, id) => {
    if (v instanceof Y.Map && isId(id)) out.push(from(id, v as Y.Map<unknown>));
  });
  return out.sort(byOrder);
}

export const readCases = (plan: Y.Doc): CaseInfo[] => readMaps(map(plan, 'champCases'), caseFromMap);
export const readRounds = (plan: Y.Doc): Round[] => readMaps(map(plan, 'champRounds'), roundFromMap);
export const readRound = (plan: Y.Doc, id: string): Round | null => {
  const m = childMap(map(plan, 'champRounds'), id);
  return m ? roundFromMap(id, m) : null;
};
export const readCriteria = (plan: Y.Doc): Criterion[] => readMaps(map(plan, 'champCriteria'), criterionFromMap);

function readPlain<T>(m: Y.Map<unknown>, keep: (k: string, v: unknown) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  m.forEach((v, k) => {
    const x = keep(k, v);
    if (x !== undefined) out[k] = x;
  });
  return out;
}

function panelOf(v: unknown): Record<string, TeamId[]> | undefined {
  if (!v || typeof v !== 'object' || v instanceof Y.AbstractType || Array.isArray(v)) return undefined;
  const out: Record<string, TeamId[]> = {};
  for (const [j, teams] of Object.entries(v as Record<string, unknown>)) if (isId(j) && Array.isArray(teams)) out[j] = ids(teams) as TeamId[];
  return out;
}

export function readChampionship(plan: Y.Doc): ChampionshipSnapshot {
  return {
    settings: readSettings(plan),
    cases: readCases(plan),
    rounds: readRounds(plan),
    criteria: readCriteria(plan),
    captains: readPlain(map(plan, 'champCaptains'), (_k, v) => (isId(v) ? (v as PersonId) : undefined)),
    panels: readPlain(map(plan, 'champPanels'), (k, v) => (isId(k) ? panelOf(v) : undefined)),
  };
}

/** Does the juror score this team in this round (panels)? A round without panels, or a juror on no panel of it: every team. */
export function onPanel(champ: Pick<ChampionshipSnapshot, 'panels'>, roundId: string, personId: string, teamId: string): boolean {
  const panel = champ.panels[roundId];
  const mine = panel?.[personId];
  return !mine || mine.includes(teamId as TeamId);
}

/** Panels of a round: juror → teams (an empty object removes the panels). */
export function setPanels(plan: Y.Doc, roundId: RoundId, panels: Record<string, TeamId[]>, origin: unknown): void {
  const clean = Object.fromEntries(
    Object.entries(panels)
      .filter(([j]) => isId(j))
      .map(([j, t]) => [j, ids(t)]),
  );
  plan.transact(() => (Object.keys(clean).length ? map(plan, 'champPanels').set(roundId, clean) : map(plan, 'champPanels').delete(roundId)), origin);
}

/** What an older event file keeps in the public plan: assigned recusals and deciding orders (the host moves them to its vault). */
export function readLegacyPrivate(plan: Y.Doc): { recusals: { personId: string; entry: EntryKey }[]; deciding: Record<string, TeamId[]> } {
  const recusals: { personId: string; entry: EntryKey }[] = [];
  map(plan, 'champRecusals').forEach((v, k) => {
    const [person, entry] = k.split('|');
    if (v === true && person && entry) recusals.push({ personId: person, entry: entry as EntryKey });
  });
  return { recusals, deciding: readPlain(map(plan, 'champDeciding'), (_k, v) => (Array.isArray(v) ? (ids(v) as TeamId[]) : undefined)) };
}

export function clearLegacyPrivate(plan: Y.Doc, origin: unknown): void {
  if (map(plan, 'champRecusals').size === 0 && map(plan, 'champDeciding').size === 0) return;
  plan.transact(() => {
    for (const n of LEGACY) for (const k of [...map(plan, n).keys()]) map(plan, n).delete(k);
  }, origin);
}

function lastOrder(m: Y.Map<unknown>): string | null {
  let last: string | null = null;
  m.forEach((v) => {
    const o = v instanceof Y.Map ? str(v.get('order')) : '';
    if (o && (last === null || o > last)) last = o;
  });
  return last;
}

function setFields(m: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && m.get(k) !== v) m.set(k, v);
}

function addOrdered(parent: Y.Map<unknown>, id: string, fields: Record<string, unknown>): void {
  const m = new Y.Map<unknown>();
  m.set('order', generateKeyBetween(lastOrder(parent), null));
  parent.set(id, m);
  setFields(m, fields);
}

/** A case slot in the plan: public, but empty until the host releases it. Text goes to the host (POST …/championship/cases). */
export function addCaseSlot(plan: Y.Doc, id: CaseId, origin: unknown): void {
  plan.transact(() => {
    if (!map(plan, 'champCases').has(id)) addOrdered(map(plan, 'champCases'), id, { released: false, releasedAt: null });
  }, origin);
}

/** Host: publishes a case's text at release (or re-publishes an edit of a released case). */
export function publishCase(plan: Y.Doc, id: CaseId, draft: { title: string; text: string; links: string[] }, releasedAt: number, origin: unknown): void {
  plan.transact(() => {
    addCaseSlot(plan, id, origin);
    const m = childMap(map(plan, 'champCases'), id)!;
    setFields(m, { ...draft, links: draft.links.filter(isHttpLink), released: true });
    if (numOrNull(m.get('releasedAt')) === null) m.set('releasedAt', releasedAt);
  }, origin);
}

export function removeCaseSlot(plan: Y.Doc, id: CaseId, origin: unknown): void {
  plan.transact(() => map(plan, 'champCases').delete(id), origin);
}

export type RoundPatch = Partial<Pick<Round, 'title' | 'teamIds' | 'caseId' | 'deadline'>>;

export function addRound(plan: Y.Doc, round: RoundPatch & { title: string }, origin: unknown, id: RoundId = newId<RoundId>()): RoundId {
  plan.transact(() => addOrdered(map(plan, 'champRounds'), id, { teamIds: [], caseId: null, deadline: null, lockedAt: null, boards: {}, ...round }), origin);
  return id;
}

/** Moving the deadline later reopens nothing by itself: unlocking boards is the facilitator's explicit act. */
export function editRound(plan: Y.Doc, id: RoundId, patch: RoundPatch, origin: unknown): void {
  plan.transact(() => {
    const m = childMap(map(plan, 'champRounds'), id);
    if (!m) return;
    setFields(m, { ...patch, teamIds: patch.teamIds ? ids(patch.teamIds) : undefined });
    if (patch.deadline !== undefined) m.set('lockedAt', null);
  }, origin);
}

export function removeRound(plan: Y.Doc, id: RoundId, origin: unknown): void {
  plan.transact(() => map(plan, 'champRounds').delete(id), origin);
}

/** Host (or a facilitator's "create boards"): records the round's solution boards. */
export function setRoundBoards(plan: Y.Doc, id: RoundId, boards: Record<string, TeamId>, origin: unknown): void {
  plan.transact(() => childMap(map(plan, 'champRounds'), id)?.set('boards', { ...boards }), origin);
}

export function markRoundLocked(plan: Y.Doc, id: RoundId, at: number, origin: unknown): void {
  plan.transact(() => childMap(map(plan, 'champRounds'), id)?.set('lockedAt', at), origin);
}

export function validCriterion(c: NewCriterion): Result<NewCriterion> {
  if (!c.title.trim() || c.title.length > LIMITS.title) return fail('bad_request', 'a criterion needs a title of 1–200 characters');
  if (!Number.isFinite(c.min) || !Number.isFinite(c.max) || c.min >= c.max || Math.abs(c.min) > LIMITS.scaleMax || Math.abs(c.max) > LIMITS.scaleMax) {
    return fail('bad_request', 'the scale needs min < max');
  }
  if (!Number.isFinite(c.weight) || c.weight < 0 || c.weight > LIMITS.weightMax) return fail('bad_request', `the weight must be within 0–${LIMITS.weightMax}`);
  return ok(c);
}

export function addCriterion(plan: Y.Doc, c: NewCriterion, origin: unknown, id: CriterionId = newId<CriterionId>()): Result<CriterionId> {
  const v = validCriterion(c);
  if (!v.ok) return fail(v.error.code, v.error.message);
  plan.transact(() => addOrdered(map(plan, 'champCriteria'), id, { ...c }), origin);
  return ok(id);
}

export function editCriterion(plan: Y.Doc, id: CriterionId, patch: Partial<NewCriterion>, origin: unknown): Result<void> {
  const m = childMap(map(plan, 'champCriteria'), id);
  if (!m) return fail('not_found', `no criterion ${id}`);
  const v = validCriterion({ ...criterionFromMap(id, m), ...patch });
  if (!v.ok) return fail(v.error.code, v.error.message);
  plan.transact(() => setFields(m, patch), origin);
  return ok(undefined);
}

export function removeCriterion(plan: Y.Doc, id: CriterionId, origin: unknown): void {
  plan.transact(() => map(plan, 'champCriteria').delete(id), origin);
}

/** Adds the ready set (relevance, feasibility, innovation, social effect, presentation) on a 0–10 scale. Ids are fixed, so adding twice adds nothing. */
export function applyReadyCriteria(plan: Y.Doc, lang: 'ru' | 'en', origin: unknown): CriterionId[] {
  const out: CriterionId[] = [];
  plan.transact(() => {
    for (const r of READY_CRITERIA) {
      const id = r.key as CriterionId;
      out.push(id);
      if (map(plan, 'champCriteria').has(id)) continue;
      addOrdered(map(plan, 'champCriteria'), id, { title: r.title[lang], description: r.description[lang], min: 0, max: 10, weight: r.weight });
    }
  }, origin);
  return out;
}

export function setCaptain(plan: Y.Doc, teamId: TeamId, personId: PersonId | null, origin: unknown): void {
  plan.transact(() => (personId ? map(plan, 'champCaptains').set(teamId, personId) : map(plan, 'champCaptains').delete(teamId)), origin);
}

/** Calls `fn` after any change of the championship's plan data; returns the unsubscribe. */
export function observeChampionship(plan: Y.Doc, fn: () => void): () => void {
  const maps = MAPS.map((n) => map(plan, n));
  for (const m of maps) m.observeDeep(fn);
  return () => {
    for (const m of maps) m.unobserveDeep(fn);
  };
}
