import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPages, shownPage } from '../../../renderer/src/features/projector/paging';

describe('projector paging', () => {
  it('puts everything on one page when it fits', () => {
    expect(
      assignPages(
        [
          { top: 0, bottom: 100 },
          { top: 120, bottom: 300 },
        ],
        400,
      ),
    ).toEqual({ starts: [0], pageOf: [0, 0] });
  });

  it('never cuts a card: one that crosses the bottom starts the next page', () => {
    const p = assignPages(
      [
        { top: 0, bottom: 300 },
        { top: 320, bottom: 500 },
        { top: 10, bottom: 200 },
        { top: 220, bottom: 390 },
      ],
      400,
    );
    expect(p.starts).toEqual([0, 320]);
    expect(p.pageOf).toEqual([0, 1, 0, 0]);
  });

  it('gives an item taller than the screen a page of its own', () => {
    const p = assignPages(
      [
        { top: 0, bottom: 100 },
        { top: 110, bottom: 900 },
        { top: 910, bottom: 950 },
      ],
      400,
    );
    expect(p.pageOf).toEqual([0, 1, 2]);
  });

  it('places every item exactly once, whole whenever it fits a page, on a page that starts at or above it', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 500 })).map(([top, h]) => ({ top, bottom: top + h }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.integer({ min: 100, max: 1000 }), (items, height) => {
        const { starts, pageOf } = assignPages(items, height);
        items.forEach((it, i) => {
          const page = pageOf[i]!;
          expect(page).toBeGreaterThanOrEqual(0);
          const start = starts[page]!;
          expect(it.top).toBeGreaterThanOrEqual(start - 0.5);
          if (it.bottom - it.top <= height) expect(it.bottom).toBeLessThanOrEqual(start + height + 0.5);
        });
        for (let k = 1; k < starts.length; k++) expect(starts[k]!).toBeGreaterThanOrEqual(starts[k - 1]!);
      }),
    );
  });

  it('wraps the facilitator’s page to the pages that exist', () => {
    expect(shownPage(4, 0, 3)).toBe(1);
    expect(shownPage(null, 5, 3)).toBe(2);
    expect(shownPage(2, 0, 0)).toBe(0);
  });
});
