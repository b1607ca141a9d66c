import type { PointerEvent, RefObject } from 'react';
import { useEffect, useRef } from 'react';
import type { View } from './viewport';
import { zoomAt } from './viewport';

/**
 * Pan by dragging the background (nodes start their own drag instead), zoom with the wheel at the
 * pointer. The wheel listener is added by hand: React's is passive and could not stop the page scrolling.
 */
export function usePanZoom(ref: RefObject<HTMLDivElement | null>, view: View, setView: (v: View) => void) {
  const viewRef = useRef(view);
  viewRef.current = view;
  const drag = useRef<{ id: number; x: number; y: number; view: View; moved: boolean } | null>(null);
  const moved = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      setView(zoomAt(viewRef.current, Math.exp(-e.deltaY * 0.0015), { x: e.clientX - r.left, y: e.clientY - r.top }));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [ref, setView]);

  const end = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.id === e.pointerId) drag.current = null;
  };
  const handlers = {
    onPointerDown(e: PointerEvent<HTMLDivElement>) {
      if (e.button !== 0 || (e.target as Element).closest('[data-node-id], button, textarea')) return;
      drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, view: viewRef.current, moved: false };
      moved.current = false;
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    onPointerMove(e: PointerEvent<HTMLDivElement>) {
      const d = drag.current;
      if (!d || d.id !== e.pointerId) return;
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      if (!d.moved && Math.hypot(dx, dy) < 4) return;
      d.moved = true;
      moved.current = true;
      setView({ ...d.view, x: d.view.x + dx, y: d.view.y + dy });
    },
    onPointerUp: end,
    onPointerCancel: end,
  };
  return { handlers, moved: () => moved.current };
}
