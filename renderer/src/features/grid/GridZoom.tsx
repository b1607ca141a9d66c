import type { ReactNode } from 'react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gesture } from './zoom-gesture';
import { MAX_SCALE, MIN_SCALE, SETTLE_MS, anchoredStep, clampScale, withinScroll } from './zoom-gesture';

const STEP = 1.25;

/**
 * Zoom for a big grid on the console, as a CSS transform on the content: the cards are laid out once
 * at the viewport's width and only scaled, so a zoom step repaints instead of re-laying out 2,000
 * cards (browser zoom did that: 2–4 fps). Negative margins make the laid-out size the scaled size, so
 * the page and the viewport still scroll over exactly what is shown. Ctrl+wheel zooms about the pointer.
 *
 * A run of steps (a pinch, Ctrl+wheel, clicks in a row) is a gesture: each step only changes the
 * content's transform, on a layer of its own (will-change), about the pointer; the margins and the
 * scroll that keep the same point in place follow once, when no step has come for SETTLE_MS. Setting
 * them on every step repainted and re-rastered every card in view per step (24–30 fps on 2,000 cards).
 */
export function GridZoom({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const viewportRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  /** The settled scale (the margins and the size follow it), and the offset its gesture ended with. */
  const [settled, setSettled] = useState<{ scale: number; offset: { x: number; y: number } }>({ scale: 1, offset: { x: 0, y: 0 } });
  const scale = settled.scale;
  /** The scale on screen, ahead of `scale` during a gesture (the label and the buttons follow it). */
  const [shown, setShown] = useState(1);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const settledRef = useRef(scale);
  settledRef.current = scale;
  const gesture = useRef<Gesture | null>(null);
  const settleTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const viewport = viewportRef.current;
    const content = contentRef.current;
    if (!viewport || !content) return;
    // offsetWidth/Height ignore the transform: the natural size, measured only when the grid changes.
    const ro = new ResizeObserver(() => {
      // At 100 % nothing depends on the size: no re-render mid-drag (a drop then went nowhere).
      if (settledRef.current !== 1 || gesture.current) setSize({ width: viewport.clientWidth, height: content.offsetHeight });
    });
    ro.observe(viewport);
    ro.observe(content);
    return () => {
      ro.disconnect();
      window.clearTimeout(settleTimer.current);
    };
  }, []);

  // The transform is the DOM's, not React's: steps set it directly, and a render must not undo them.
  // Once the margins of a settled gesture are in, its offset becomes scroll, so nothing moves on screen.
  useLayoutEffect(() => {
    const content = contentRef.current;
    const viewport = viewportRef.current;
    if (!content || !viewport || gesture.current) return;
    content.style.transform = settled.scale === 1 ? '' : `scale(${settled.scale})`;
    content.style.willChange = '';
    content.style.pointerEvents = '';
    viewport.scrollLeft -= settled.offset.x;
    if (settled.offset.y !== 0) window.scrollBy(0, -settled.offset.y);
  }, [settled]);

  const settle = useCallback(() => {
    const g = gesture.current;
    if (!g) return;
    gesture.current = null;
    setSettled({ scale: g.scale, offset: { x: g.x, y: g.y } });
  }, []);

  /** One step to `next`, keeping the content point under (clientX, clientY) where it is on screen. */
  const zoomTo = useCallback(
    (next: number, clientX?: number, clientY?: number) => {
      const viewport = viewportRef.current;
      const content = contentRef.current;
      const from = gesture.current ?? { scale: settledRef.current, x: 0, y: 0 };
      const s = clampScale(next);
      if (!viewport || !content || s === from.scale) return;
      const rect = viewport.getBoundingClientRect();
      // The point in the content box's own coordinates: horizontally the viewport scrolls, vertically the page does.
      const at = {
        x: viewport.scrollLeft + (clientX ?? rect.left + rect.width / 2) - rect.left,
        y: Math.max(0, (clientY ?? Math.max(rect.top, 0) + Math.min(rect.height, window.innerHeight) / 2) - rect.top),
      };
      if (!gesture.current && settledRef.current === 1) setSize({ width: viewport.clientWidth, height: content.offsetHeight });
      // Offsets become scroll when the gesture settles: only as much as the scrollers will take.
      const g = withinScroll(anchoredStep(from, s, at), {
        left: viewport.scrollLeft,
        maxLeft: content.offsetWidth * s - viewport.clientWidth,
        top: window.scrollY,
        maxTop: document.documentElement.scrollHeight + content.offsetHeight * (s - settledRef.current) - window.innerHeight,
      });
      gesture.current = g;
      content.style.willChange = 'transform';
      // No hover while the cards slide under a still pointer: a hovered card shows its tools and
      // grows, re-laying out its whole column (39 fps instead of 56 with the pointer over the grid).
      content.style.pointerEvents = 'none';
      content.style.transform = `translate(${g.x}px, ${g.y}px) scale(${g.scale})`;
      setShown(g.scale);
      window.clearTimeout(settleTimer.current);
      settleTimer.current = window.setTimeout(settle, SETTLE_MS);
    },
    [settle],
  );

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    // Not a React onWheel: that listener is passive, and the browser's own zoom must be stopped.
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      zoomTo((gesture.current?.scale ?? settledRef.current) * Math.exp(-e.deltaY / 500), e.clientX, e.clientY);
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [zoomTo]);

  const fit = () => {
    const viewport = viewportRef.current;
    const height = contentRef.current?.offsetHeight ?? 0;
    if (!viewport || height === 0) return;
    const top = Math.max(0, viewport.getBoundingClientRect().top);
    zoomTo(Math.min(1, (window.innerHeight - top - 16) / height));
    window.clearTimeout(settleTimer.current);
    settle();
    requestAnimationFrame(() => viewport.scrollIntoView({ block: 'start' }));
  };

  return (
    <div className="gzoom">
      <div className="gzoom__tools" role="group" aria-label={t('grid.zoom')}>
        <button
          type="button"
          className="icon-button"
          onClick={() => zoomTo(shown / STEP)}
          disabled={shown <= MIN_SCALE}
          aria-label={t('grid.zoomOut')}
          data-testid="grid.zoom-out"
        >
          −
        </button>
        <span className="gzoom__value" data-testid="grid.zoom-value">
          {t('grid.zoomValue', { percent: Math.round(shown * 100) })}
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={() => zoomTo(shown * STEP)}
          disabled={shown >= MAX_SCALE}
          aria-label={t('grid.zoomIn')}
          data-testid="grid.zoom-in"
        >
          +
        </button>
        <button type="button" className="button button--small" onClick={fit} data-testid="grid.zoom-fit">
          {t('grid.zoomFit')}
        </button>
      </div>
      {/* Scrollable sideways only when zoomed in: dnd-kit offsets its drop targets by a scrolling
          ancestor's scroll, which broke card drags at 100 %. */}
      <div ref={viewportRef} className={`gzoom__viewport${scale > 1 ? ' gzoom__viewport--wide' : ''}`} data-testid="grid.zoom" data-scale={shown.toFixed(3)}>
        {/* In the flow at its natural width; negative margins give the scaled scroll size. */}
        <div
          ref={contentRef}
          className="gzoom__content"
          style={{
            width: size.width || undefined,
            marginRight: size.width * (scale - 1),
            marginBottom: size.height * (scale - 1),
          }}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
