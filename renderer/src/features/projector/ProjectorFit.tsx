import type { ReactNode } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Paging } from './paging';
import { assignPages } from './paging';
import { useProjectorPage } from './paging-context';

/** Body type steps, largest first; the last is the floor read from the back row of a hall at 1080p. */
const FONT_STEPS = [44, 40, 36, 32, 28] as const;
const FLOOR = 28;
/** Marks what must never be cut across pages: a card, a result row. */
export const PJ_ITEM = 'data-pj-item';

type Fitted = Paging & { font: number };

/**
 * Lays the shown content out for the screen: the largest type step at which it fits, and when it
 * does not fit even at the floor, pages of whole items (see paging.ts). Views size their text in
 * `var(--pj-font)`; this measures the DOM, so it works for any of them.
 */
function fit(box: HTMLElement, content: HTMLElement): Fitted {
  for (const font of FONT_STEPS) {
    content.style.setProperty('--pj-font', `${font}px`);
    if (content.scrollHeight <= box.clientHeight + 1 && content.scrollWidth <= box.clientWidth + 1) {
      return { font, starts: [0], pageOf: [] };
    }
  }
  const origin = content.getBoundingClientRect().top;
  const spans = [...content.querySelectorAll(`[${PJ_ITEM}]`)].map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top - origin, bottom: r.bottom - origin };
  });
  return { font: FLOOR, ...assignPages(spans, box.clientHeight) };
}

const same = (a: Fitted, b: Fitted) => a.font === b.font && a.starts.join() === b.starts.join() && a.pageOf.join() === b.pageOf.join();

function show(box: HTMLElement, content: HTMLElement, spacer: HTMLElement, fitted: Fitted, index: number) {
  // Room below the last row, so that a last page can start at its own first item like any other.
  spacer.style.height = fitted.starts.length > 1 ? `${content.scrollHeight}px` : '0';
  box.scrollTop = fitted.starts[index] ?? 0;
  content.querySelectorAll(`[${PJ_ITEM}]`).forEach((el, i) => {
    const page = fitted.pageOf[i];
    el.toggleAttribute('data-pj-off', page !== undefined && page !== index);
  });
}

export function ProjectorFit({ children, resetKey }: { children: ReactNode; resetKey: string }) {
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const spacer = useRef<HTMLDivElement>(null);
  const [fitted, setFitted] = useState<Fitted>({ font: FONT_STEPS[0], starts: [0], pageOf: [] });
  const index = useProjectorPage(fitted.starts.length);

  useLayoutEffect(() => {
    const b = box.current;
    const c = content.current;
    if (!b || !c) return;
    let frame = 0;
    const run = () => {
      frame = 0;
      const next = fit(b, c);
      setFitted((prev) => (same(prev, next) ? prev : next));
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(run);
    };
    run();
    const resize = new ResizeObserver(later);
    resize.observe(b);
    // New cards, edited texts and late rooms all change what fits.
    const changes = new MutationObserver(later);
    changes.observe(c, { childList: true, subtree: true, characterData: true });
    void document.fonts?.ready.then(later);
    return () => {
      resize.disconnect();
      changes.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [resetKey]);

  useLayoutEffect(() => {
    if (box.current && content.current && spacer.current) show(box.current, content.current, spacer.current, fitted, index);
  });

  return (
    <div className="pj-fit" ref={box} data-testid="projector.fit" data-font={fitted.font} data-pages={fitted.starts.length} data-page={index}>
      <div className="pj-fit__content" ref={content}>
        {children}
      </div>
      <div ref={spacer} aria-hidden="true" />
    </div>
  );
}
