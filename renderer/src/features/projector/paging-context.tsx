import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useState } from 'react';
import { shownPage } from './paging';

/** What the projector's header shows ("page 2 of 3"); reported by whichever view pages itself. */
export type PageReport = { count: number; index: number };

type Ctx = { chosen: number | null; tick: number; report(r: PageReport): void };

const PagingContext = createContext<Ctx>({ chosen: null, tick: 0, report: () => undefined });

/** How long a page stays up when nobody turns it: long enough to read a screen of cards aloud. */
export const AUTO_PAGE_MS = 15_000;

/** The page shown out of `count`: the facilitator's choice, else the one the clock has reached. */
export function useProjectorPage(count: number): number {
  const ctx = useContext(PagingContext);
  const index = shownPage(ctx.chosen, ctx.tick, count);
  const { report } = ctx;
  useEffect(() => report({ count, index }), [report, count, index]);
  return index;
}

/** Ticks only while something has pages to turn and the facilitator left paging to the projector. */
export function ProjectorPagingProvider({
  chosen,
  onReport,
  resetKey,
  children,
}: {
  chosen: number | null;
  onReport(r: PageReport): void;
  resetKey: string;
  children: ReactNode;
}) {
  const [tick, setTick] = useState(0);
  const [count, setCount] = useState(1);
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setTick(0);
  }
  useEffect(() => {
    if (chosen !== null || count <= 1) return;
    const id = window.setInterval(() => setTick((n) => n + 1), AUTO_PAGE_MS);
    return () => window.clearInterval(id);
  }, [chosen, count]);
  const [ctx] = useState(() => ({
    report: (r: PageReport) => {
      setCount(r.count);
      onReport(r);
    },
  }));
  return <PagingContext.Provider value={{ chosen, tick, report: ctx.report }}>{children}</PagingContext.Provider>;
}
