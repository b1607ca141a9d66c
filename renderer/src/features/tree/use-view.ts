import type { RefObject } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bounds } from '@shared/tree/layout';
import type { View, Viewport } from './viewport';
import { fitView, zoomAt } from './viewport';

/**
 * The canvas view (pan and zoom): fitted to the tree once when it first shows; the projector refits
 * on every change, since nobody is there to pan it.
 */
export function useView(ref: RefObject<HTMLDivElement | null>, bounds: Bounds, autoFit: boolean) {
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const [size, setSize] = useState<Viewport | null>(null);
  const fitted = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    // The canvas reaches down to the bottom of the first screen, wherever the page puts it, so a fit
    // is seen whole without scrolling. The projector sizes it in CSS instead.
    const fill = () => {
      if (autoFit) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.height = `${Math.max(420, window.innerHeight - top - 16)}px`;
    };
    fill();
    window.addEventListener('resize', fill);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', fill);
    };
  }, [ref, autoFit]);

  const maxScale = autoFit ? 2.5 : 1.2;
  const fit = useCallback(() => {
    if (size && bounds.width > 0) setView(fitView(bounds, size, autoFit ? 32 : 24, maxScale));
  }, [size, bounds, autoFit, maxScale]);

  useEffect(() => {
    if (!size || bounds.width <= 0 || (fitted.current && !autoFit)) return;
    fitted.current = true;
    fit();
  }, [size, bounds, autoFit, fit]);

  const zoomBy = useCallback((factor: number) => setView((v) => (size ? zoomAt(v, factor, { x: size.width / 2, y: size.height / 2 }) : v)), [size]);
  return { view, setView, size, fit, zoomBy };
}
