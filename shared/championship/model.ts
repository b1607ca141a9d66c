import type { PersonId, TeamId } from '../ids';

/**
 * The case championship's domain types, free of Yjs so the pure aggregation, the exports and the
 * renderer share them. Where each lives (plan, person room, results room, the host's vault):
 * docs/championship.md.
 */

export type CaseId = string & { readonly __brand: 'CaseId' };
export type RoundId = string & { readonly __brand: 'RoundId' };
export type CriterionId = string & { readonly __brand: 'CriterionId' };
/** `<roundId>:<teamId>` — one team's solution in one round. Ids never contain ':'. */
export type EntryKey = string & { readonly __brand: 'EntryKey' };

export type Entry = { key: EntryKey; roundId: RoundId; teamId: TeamId };

export const entryKey = (roundId: string, teamId: string): EntryKey => `${roundId}:${teamId}` as EntryKey;

export function parseEntryKey(key: string): Entry | null {
  const m = /^([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_-]{1,64})$/.exec(key);
  return m ? { key: key as EntryKey, roundId: m[1] as RoundId, teamId: m[2] as TeamId } : null;
}

/** A case as participants see it once released; before that only the host's vault holds its text. */
export type CaseInfo = { id: CaseId; title: string; text: string; links: string[]; order: string; released: boolean; releasedAt: number | null };
export type CaseDraft = { title: string; text: string; links: string[] };

export type Round = {
  id: RoundId;
  title: string;
  order: string;
  /** Teams that take part in this round (a final takes the qualifying round's best). */
  teamIds: TeamId[];
  caseId: CaseId | null;
  /** Host epoch ms after which the round's solution boards lock; null: no deadline. */
  deadline: number | null;
  /** Set by the host when it locked the boards at the deadline. */
  lockedAt: number | null;
  /** boardId → teamId: the round's solution boards (problem tree, goal tree, passport per team). */
  boards: Record<string, TeamId>;
};

/** A rubric descriptor: what a mark from `score` up (to the next level) means, shown to jurors beside the scale. */
export type Level = { score: number; text: string };
export type Criterion = { id: CriterionId; title: string; description: string; min: number; max: number; weight: number; order: string; levels?: Level[] };
export type NewCriterion = Omit<Criterion, 'id' | 'order'>;

/** The descriptor that applies to a mark: the highest level at or below it. */
export function levelFor(levels: readonly Level[] | undefined, score: number | null): Level | null {
  if (!levels || score === null) return null;
  let best: Level | null = null;
  for (const l of levels) if (l.score <= score && (best === null || l.score > best.score)) best = l;
  return best;
}

/** Parses "8: convincing, with numbers" lines (one level per line) into levels on the scale, sorted. */
export function parseLevels(text: string, min: number, max: number): Level[] {
  const out: Level[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*[:—–-]\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    const score = Number(m[1]!.replace(',', '.'));
    if (Number.isFinite(score) && score >= min && score <= max) out.push({ score, text: m[2]!.slice(0, LIMITS.comment) });
  }
  return out.sort((a, b) => a.score - b.score).slice(0, 20);
}

export const SCORING_MODES = ['jury', 'peer'] as const;
export type ScoringMode = (typeof SCORING_MODES)[number];
/** How a team's members' scores become the team's one score in peer review. */
export const PEER_AGGREGATES = ['mean', 'captain'] as const;
export type PeerAggregate = (typeof PEER_AGGREGATES)[number];
export const NORMALISATIONS = ['none', 'zscore'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

export type ChampSettings = {
  mode: ScoringMode;
  peerAggregate: PeerAggregate;
  normalisation: Normalisation;
  /** Drop this many highest and lowest totals per entry when at least 2k+1 remain. */
  trim: number;
  /** First tie-break: the mean of this criterion. */
  tieCriterionId: CriterionId | null;
  /** The chair of the jury: their deciding order is the second tie-break. */
  chairId: PersonId | null;
  publishJurorScores: boolean;
  /** Host epoch ms when the host releases the cases; null: only "release now". */
  releaseAt: number | null;
  /** The audience vote (dot voting) as a separate nomination; its weight in the jury total (0 = never mixed). */
  audienceVoteId: string | null;
  audienceWeight: number;
  /** How jurors' totals become the entry's: the (trimmed) mean of totals, or Borda points from each juror's ranking. */
  aggregation: Aggregation;
  /** A juror cannot submit a sheet with a mark that has no comment. */
  requireComments: boolean;
};

export const AGGREGATIONS = ['mean', 'borda'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const DEFAULT_SETTINGS: ChampSettings = {
  mode: 'jury',
  peerAggregate: 'mean',
  normalisation: 'none',
  trim: 0,
  tieCriterionId: null,
  chairId: null,
  publishJurorScores: false,
  releaseAt: null,
  audienceVoteId: null,
  audienceWeight: 0,
  aggregation: 'mean',
  requireComments: false,
};

export const PITCH_PHASES = ['idle', 'presenting', 'questions', 'done'] as const;
export type PitchPhase = (typeof PITCH_PHASES)[number];
export type PitchState = {
  roundId: RoundId | null;
  queue: TeamId[];
  /** Index into `queue` of who is presenting now; -1 before the first pitch. */
  current: number;
  phase: PitchPhase;
  presentSec: number;
  questionsSec: number;
  seed: number | null;
};

/** One criterion's mark by one scorer, with why. */
export type CriterionScore = { score: number; comment: string };
/** A scorer's marks for one entry: criterionId → mark. */
export type EntryScores = Record<string, CriterionScore>;

/** Limits the accessors and the host share. */
export const LIMITS = {
  title: 200,
  caseText: 20_000,
  links: 20,
  link: 2000,
  comment: 2000,
  criteria: 30,
  rounds: 10,
  scaleMax: 1000,
  /** A criterion's weight lies in 0..weightMax: a huge weight used to overflow totals into Infinity/NaN. */
  weightMax: 100,
} as const;

/**
 * The teams of a round, the same on the host, the juror's page and the console: the round's own list
 * when it has one (teams since deleted left out), else every team of the event — a round created
 * before its teams scores the teams that exist when it is scored.
 */
export function roundTeamIds<T extends { id: string }>(round: Pick<Round, 'teamIds'>, teams: readonly T[]): TeamId[] {
  const all = teams.map((t) => t.id as TeamId);
  if (round.teamIds.length === 0) return all;
  const known = new Set<string>(all);
  return round.teamIds.filter((t) => known.has(t));
}

/** Does the sum of the weights differ from 1 (the console warns; totals then lie in 0..Σw)? */
export const weightsOffOne = (criteria: readonly Pick<Criterion, 'weight'>[]): boolean =>
  criteria.length > 0 && Math.abs(criteria.reduce((a, c) => a + c.weight, 0) - 1) > 1e-9;

export const isHttpLink = (s: string): boolean => {
  if (s.length > LIMITS.link || !/^https?:\/\//i.test(s)) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

type Bi = { ru: string; en: string };
/** The ready set of criteria (weights sum to 1, scale 0–10). */
export const READY_CRITERIA: readonly { key: string; title: Bi; description: Bi; weight: number }[] = [
  {
    key: 'relevance',
    weight: 0.25,
    title: { ru: 'Актуальность', en: 'Relevance' },
    description: {
      ru: 'Насколько решение отвечает на проблему кейса и нужды жителей',
      en: 'How well the solution answers the case problem and residents’ needs',
    },
  },
  {
    key: 'feasibility',
    weight: 0.25,
    title: { ru: 'Реализуемость', en: 'Feasibility' },
    description: {
      ru: 'Ресурсы, сроки, партнёры и риски продуманы и реалистичны',
      en: 'Resources, timeline, partners and risks are thought through and realistic',
    },
  },
  {
    key: 'innovation',
    weight: 0.2,
    title: { ru: 'Новизна', en: 'Innovation' },
    description: { ru: 'Оригинальность подхода по сравнению с существующими практиками', en: 'Originality compared to existing practice' },
  },
  {
    key: 'social',
    weight: 0.2,
    title: { ru: 'Социальный эффект', en: 'Social effect' },
    description: { ru: 'Измеримые изменения для города и вовлечение жителей', en: 'Measurable change for the city and residents’ involvement' },
  },
  {
    key: 'presentation',
    weight: 0.1,
    title: { ru: 'Презентация', en: 'Presentation' },
    description: { ru: 'Ясность, логика, ответы на вопросы жюри', en: 'Clarity, logic, answers to the jury’s questions' },
  },
];

/** Was this board locked by its round's deadline (not by a facilitator's hand)? The screens say which. */
export const lockedByDeadline = (rounds: readonly Pick<Round, 'boards' | 'lockedAt'>[], boardId: string): boolean =>
  rounds.some((r) => r.lockedAt !== null && boardId in r.boards);
