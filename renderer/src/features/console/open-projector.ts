import type { EventId } from '@shared/ids';

export const projectorPath = (eventId: EventId) => `/event/${encodeURIComponent(eventId)}/projector`;

/**
 * In the desktop app the shell opens a fullscreen window on the second display; in a plain browser a
 * new window is the best we can do (the facilitator drags it to the projector and presses F11).
 */
export async function openProjector(eventId: EventId): Promise<void> {
  const bridge = window.veche;
  if (bridge) {
    const r = await bridge.invoke('projector:open', { eventId });
    if (r.ok) return;
    console.warn('projector:open failed, falling back to a window', r.error);
  }
  window.open(projectorPath(eventId), 'veche-projector', 'noopener');
}
