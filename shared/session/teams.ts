import type { PersonId, TeamId } from '../ids';
import type { Lang } from './grid-templates';

/**
 * Splitting people into teams: at random, or mixed by stakeholder group so every team hears
 * residents, officials, NGOs, business and youth. Pure and seeded: the same seed gives the same
 * teams, so a facilitator's preview is exactly what the host applies.
 */

export type TeamMember = { id: PersonId; group: string | null };
/** personId → teamId; null takes a person out of every team. The body of POST …/teams/assign. */
export type Assignments = Record<string, TeamId | null>;

/** Colours that stay distinguishable on a washed-out projector. */
export const TEAM_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'] as const;

export const defaultTeamName = (index: number, lang: Lang): string => (lang === 'ru' ? `Команда ${index + 1}` : `Team ${index + 1}`);
export const teamColor = (index: number): string => TEAM_COLORS[((index % TEAM_COLORS.length) + TEAM_COLORS.length) % TEAM_COLORS.length]!;

/** mulberry32: small, fast, and the same sequence in every browser and in Node. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; the input is not touched. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Deals people to teams in turn: team sizes differ by at most one. */
function deal(people: readonly PersonId[], teams: readonly TeamId[]): Record<string, TeamId> {
  const out: Record<string, TeamId> = {};
  people.forEach((p, i) => (out[p] = teams[i % teams.length]!));
  return out;
}

/** Random teams of equal size (±1). No teams → nobody is placed. */
export function assignRandom(people: readonly PersonId[], teams: readonly TeamId[], seed: number): Record<string, TeamId> {
  if (teams.length === 0) return {};
  const random = seededRandom(seed);
  const order = shuffled([...new Set(people)], random);
  return deal(order, shuffled(teams, random));
}

/**
 * Teams mixed by group. Members of one group are dealt to consecutive teams, continuing where the
 * previous group stopped, so (1) team sizes differ by at most one, and (2) each team gets either
 * ⌊g/n⌋ or ⌈g/n⌉ of every group of size g — the most even spread there is. People without a group
 * form a group of their own. Larger groups go first; ties and order within a group follow the seed.
 */
export function assignMixed(people: readonly TeamMember[], teams: readonly TeamId[], seed: number): Record<string, TeamId> {
  if (teams.length === 0) return {};
  const random = seededRandom(seed);
  const byGroup = new Map<string, PersonId[]>();
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const key = p.group === null ? '\u0000none' : `g:${p.group}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), p.id]);
  }
  const groups = shuffled([...byGroup.values()], random)
    .map((members, tie) => ({ members: shuffled(members, random), tie }))
    .sort((a, b) => b.members.length - a.members.length || a.tie - b.tie);
  return deal(
    groups.flatMap((g) => g.members),
    shuffled(teams, random),
  );
}

/** How many people each team has under `assignments` (teams with none included as 0). */
export function teamSizes(assignments: Readonly<Record<string, TeamId | null>>, teams: readonly TeamId[]): Map<TeamId, number> {
  const sizes = new Map<TeamId, number>(teams.map((t) => [t, 0]));
  for (const t of Object.values(assignments)) if (t !== null && sizes.has(t)) sizes.set(t, sizes.get(t)! + 1);
  return sizes;
}
