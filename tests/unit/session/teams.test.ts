import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonId, TeamId } from '@shared/ids';
import type { TeamMember } from '@shared/session/teams';
import { assignMixed, assignRandom, defaultTeamName, seededRandom, shuffled, teamColor, teamSizes } from '@shared/session/teams';

const GROUPS = ['residents', 'authorities', 'ngo', 'business', 'youth', null] as const;

const arbTeams = fc.integer({ min: 1, max: 9 }).map((n) => Array.from({ length: n }, (_, i) => `team${i}` as TeamId));
const arbPeople = fc
  .array(fc.constantFrom(...GROUPS), { maxLength: 160 })
  .map((groups) => groups.map((group, i): TeamMember => ({ id: `p${i}` as PersonId, group })));

function spread(values: number[]): number {
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

function checkBalanced(assigned: Record<string, TeamId>, people: readonly PersonId[], teams: readonly TeamId[]) {
  expect(Object.keys(assigned).sort()).toEqual([...people].sort());
  for (const t of Object.values(assigned)) expect(teams).toContain(t);
  expect(spread([...teamSizes(assigned, teams).values()])).toBeLessThanOrEqual(1);
}

describe('random teams', () => {
  it('places every person exactly once, team sizes differ by at most one', () => {
    fc.assert(
      fc.property(arbPeople, arbTeams, fc.nat(), (people, teams, seed) => {
        checkBalanced(
          assignRandom(
            people.map((p) => p.id),
            teams,
            seed,
          ),
          people.map((p) => p.id),
          teams,
        );
      }),
    );
  });

  it('the same seed gives the same teams; another seed usually does not', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `p${i}` as PersonId);
    const teams = ['a', 'b', 'c'] as TeamId[];
    expect(assignRandom(ids, teams, 42)).toEqual(assignRandom(ids, teams, 42));
    expect(assignRandom(ids, teams, 42)).not.toEqual(assignRandom(ids, teams, 43));
  });

  it('no teams places nobody', () => {
    expect(assignRandom(['p1' as PersonId], [], 1)).toEqual({});
    expect(assignMixed([{ id: 'p1' as PersonId, group: null }], [], 1)).toEqual({});
  });
});

describe('teams mixed by stakeholder group', () => {
  it('every person placed once, sizes within one, and every group spread as evenly as possible', () => {
    fc.assert(
      fc.property(arbPeople, arbTeams, fc.nat(), (people, teams, seed) => {
        const assigned = assignMixed(people, teams, seed);
        checkBalanced(
          assigned,
          people.map((p) => p.id),
          teams,
        );
        for (const g of GROUPS) {
          const members = people.filter((p) => p.group === g);
          const perTeam = teams.map((t) => members.filter((m) => assigned[m.id] === t).length);
          // ⌊size/n⌋ or ⌈size/n⌉ per team: no split of this group could be more even.
          expect(spread(perTeam)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('a person listed twice is placed once', () => {
    const p = { id: 'p1' as PersonId, group: 'ngo' };
    expect(assignMixed([p, p], ['a' as TeamId, 'b' as TeamId], 7)).toEqual({ p1: expect.any(String) });
  });
});

describe('helpers', () => {
  it('seeded shuffles are permutations and repeatable', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
        const a = shuffled(items, seededRandom(seed));
        expect([...a].sort()).toEqual([...items].sort());
        expect(shuffled(items, seededRandom(seed))).toEqual(a);
      }),
    );
  });

  it('names and colours new teams', () => {
    expect(defaultTeamName(0, 'ru')).toBe('Команда 1');
    expect(defaultTeamName(2, 'en')).toBe('Team 3');
    expect(teamColor(0)).toMatch(/^#[0-9a-f]{6}$/);
    expect(teamColor(8)).toBe(teamColor(0));
  });
});
