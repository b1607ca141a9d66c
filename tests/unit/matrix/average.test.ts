import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { averagePlacements, myPlacements, placeIdea, validPlacement } from '@shared/doc/matrix';

const ideas = [
  { id: 'bus', text: 'Автобус' },
  { id: 'cowork', text: 'Коворкинг' },
];

describe('2×2 averaging', () => {
  it('averages each idea over the people who placed it; an idea nobody placed sits at the centre with count 0', () => {
    const out = averagePlacements(ideas, [
      { personId: 'a', raw: { bus: { impact: 8, effort: 2 } } },
      { personId: 'b', raw: { bus: { impact: 6, effort: 5 } } },
      { personId: 'c', raw: {} },
    ]);
    expect(out).toEqual([
      { ideaId: 'bus', text: 'Автобус', impact: 7, effort: 3.5, count: 2 },
      { ideaId: 'cowork', text: 'Коворкинг', impact: 5, effort: 5, count: 0 },
    ]);
  });

  it('placements outside 0–10 or not two finite numbers are ignored, never clamped', () => {
    const out = averagePlacements(ideas, [
      { personId: 'a', raw: { bus: { impact: 10, effort: 0 } } },
      { personId: 'b', raw: { bus: { impact: 1000, effort: 5 } } },
      { personId: 'c', raw: { bus: { impact: -1, effort: 5 } } },
      { personId: 'd', raw: { bus: { impact: Number.NaN, effort: 5 } } },
      { personId: 'e', raw: { bus: { impact: '9', effort: 5 } } },
      { personId: 'f', raw: { bus: [9, 5] } },
    ]);
    expect(out[0]).toMatchObject({ impact: 10, effort: 0, count: 1 });
  });

  it('two entries for one person are a caller bug and throw', () => {
    expect(() =>
      averagePlacements(ideas, [
        { personId: 'a', raw: {} },
        { personId: 'a', raw: {} },
      ]),
    ).toThrow();
  });

  it('property: averages stay inside the range and do not depend on the order of people', () => {
    const value = fc.oneof(
      fc.record({ impact: fc.double(), effort: fc.double() }),
      fc.record({ impact: fc.integer({ min: 0, max: 10 }), effort: fc.integer({ min: 0, max: 10 }) }),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('bus', 'cowork', 'junk'), value), { maxLength: 12 }), (raws) => {
        const people = raws.map((raw, i) => ({ personId: `p${i}`, raw }));
        const out = averagePlacements(ideas, people);
        for (const p of out) for (const n of [p.impact, p.effort]) expect(n >= 0 && n <= 10).toBe(true);
        expect(averagePlacements(ideas, [...people].reverse())).toEqual(out);
      }),
    );
  });

  it("a person's own placements: written in range, refused outside it", () => {
    const doc = new Y.Doc();
    expect(placeIdea(doc, 'm1', 'bus', { impact: 7.5, effort: 2 }, 'test')).toBe(true);
    expect(placeIdea(doc, 'm1', 'cowork', { impact: 11, effort: 2 }, 'test')).toBe(false);
    expect(myPlacements(doc, 'm1')).toEqual({ bus: { impact: 7.5, effort: 2 } });
    expect(validPlacement({ impact: 0, effort: 10 })).toEqual({ impact: 0, effort: 10 });
  });
});
