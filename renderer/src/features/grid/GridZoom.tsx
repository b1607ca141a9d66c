import type { ReactNode } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const MIN = 0.25;
const MAX = 2;
const STEP = 1.25;
const clamp = (s: number) => Math.min(MAX, Math.max(MIN, s));

/**
 * Zoom for a big grid on the console, as a CSS transform on the content: the cards are laid out once
 * at the viewport's width and only scaled, so a zoom step repaints instead of re-laying out 2,000
 * cards (browser zoom did that: 2–4 fps). Negative margins make the laid-out size the scaled size, so
 * the page and the viewport still scroll over exactly what is shown. Ctrl+wheel zooms about the pointer.
 */
export function GridZoom({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const viewportRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const scaleRef = useRef(scale);
  scaleRef.current = scale;

  useEffect(() => {
    const viewport = viewportRef.current;
    const content = contentRef.current;
    if (!viewport || !content) return;
    // offsetWidth/Height ignore the transform: the natural size, measured only when the grid changes.
    const ro = new ResizeObserver(() => {
      // At 100 % nothing depends on the size: no re-render mid-drag (a drop then went nowhere).
      if (scaleRef.current !== 1) setSize({ width: viewport.clientWidth, height: content.offsetHeight });
    });
    ro.observe(viewport);
    ro.observe(content);
    return () => ro.disconnect();
  }, []);

  /** New scale keeping the content point under (clientX, clientY) where it is on screen. */
  const zoomTo = useCallback((next: number, clientX?: number, clientY?: number) => {
    const viewport = viewportRef.current;
    const old = scaleRef.current;
    const s = clamp(next);
    if (!viewport || s === old) return;
    const rect = viewport.getBoundingClientRect();
    const x = (clientX ?? rect.left + rect.width / 2) - rect.left;
    const y = Math.max(0, (clientY ?? Math.max(rect.top, 0) + Math.min(rect.height, window.innerHeight) / 2) - rect.top);
    const left = ((viewport.scrollLeft + x) / old) * s - x;
    if (old === 1) setSize({ width: viewport.clientWidth, height: contentRef.current?.offsetHeight ?? 0 });
    scaleRef.current = s;
    setScale(s);
    // After React has set the margins: scroll so the point stays put (horizontally in the viewport, vertically on the page).
    requestAnimationFrame(() => {
      viewport.scrollLeft = left;
      window.scrollBy(0, (y / old) * (s - old));
    });
  }, []);

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    // Not a React onWheel: that listener is passive, and the browser's own zoom must be stopped.
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      zoomTo(scaleRef.current * Math.exp(-e.deltaY / 500), e.clientX, e.clientY);
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
    requestAnimationFrame(() => viewport.scrollIntoView({ block: 'start' }));
  };

  return (
    <div className="gzoom">
      <div className="gzoom__tools" role="group" aria-label={t('grid.zoom')}>
        <button type="button" className="icon-button" onClick={() => zoomTo(scale / STEP)} disabled={scale <= MIN} aria-label={t('grid.zoomOut')} data-testid="grid.zoom-out">
          −
        </button>
        <span className="gzoom__value" data-testid="grid.zoom-value">
          {t('grid.zoomValue', { percent: Math.round(scale * 100) })}
        </span>
        <button type="button" className="icon-button" onClick={() => zoomTo(scale * STEP)} disabled={scale >= MAX} aria-label={t('grid.zoomIn')} data-testid="grid.zoom-in">
          +
        </button>
        <button type="button" className="button button--small" onClick={fit} data-testid="grid.zoom-fit">
          {t('grid.zoomFit')}
        </button>
      </div>
      {/* Scrollable sideways only when zoomed in: dnd-kit offsets its drop targets by a scrolling
          ancestor's scroll, which broke card drags at 100 %. */}
      <div ref={viewportRef} className={`gzoom__viewport${scale > 1 ? ' gzoom__viewport--wide' : ''}`} data-testid="grid.zoom" data-scale={scale.toFixed(3)}>
        {/* In the flow at its natural width; negative margins give the scaled scroll size. */}
        <div
          ref={contentRef}
          className="gzoom__content"
          style={{
            width: size.width || undefined,
            transform: scale === 1 ? undefined : `scale(${scale})`,
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
