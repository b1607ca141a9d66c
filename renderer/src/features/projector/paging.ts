/**
 * Pages for projector content that does not fit one screen at the readable floor. Items (cards,
 * rows, nodes) are never cut: each goes on the first page where it is whole, a page starts at the
 * top of the highest item the previous page could not hold, and an item taller than a page gets a
 * page of its own (clipped, which is the best a screen can do). Pure, so it is tested without a browser.
 */
export type Span = { top: number; bottom: number };
export type Paging = { starts: number[]; pageOf: number[] };

const EPS = 0.5;

export function assignPages(items: readonly Span[], height: number): Paging {
  const pageOf = items.map(() => -1);
  const starts: number[] = [];
  let left = items.map((_, i) => i);
  const fits = (from: number) => left.filter((i) => items[i]!.top >= from - EPS && items[i]!.bottom <= from + height + EPS);
  // The first page starts at the top, so headings above the first item show with it.
  let start = 0;
  while (left.length > 0) {
    const topmost = left.reduce((a, b) => (items[b]!.top < items[a]!.top ? b : a));
    let here = fits(start);
    if (here.length === 0) {
      start = items[topmost]!.top;
      here = fits(start);
    }
    if (here.length === 0) here = [topmost];
    const page = starts.length;
    starts.push(start);
    for (const i of here) pageOf[i] = page;
    left = left.filter((i) => pageOf[i] === -1);
    if (left.length > 0) start = Math.min(...left.map((i) => items[i]!.top));
  }
  if (starts.length === 0) starts.push(0);
  return { starts, pageOf };
}

/** The page to show: the facilitator's choice wrapped to what exists, else the auto-advancing one. */
export const shownPage = (chosen: number | null, auto: number, count: number): number => (count <= 0 ? 0 : (((chosen ?? auto) % count) + count) % count);
