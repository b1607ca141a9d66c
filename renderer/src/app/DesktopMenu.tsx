import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { EventId } from '@shared/ids';
import { openProjector } from '../features/console/open-projector';
import { openExportsDialog } from '../features/exports/exports-store';

/**
 * Native menu items that need to know which event is open arrive here (desktop app only;
 * in a browser `window.veche` is absent and this renders nothing and listens to nothing).
 */
export function DesktopMenu() {
  const [location, navigate] = useLocation();
  useEffect(() => {
    const bridge = window.veche;
    if (!bridge) return;
    const eventId = /^\/event\/([^/]+)/.exec(location)?.[1];
    const offs = [
      bridge.on('menu:new-event', () => navigate('/')),
      bridge.on('menu:projector', () => {
        if (eventId) void openProjector(decodeURIComponent(eventId) as EventId);
      }),
      bridge.on('menu:save-as', () => {
        if (eventId) void bridge.invoke('event:save-as', { eventId: decodeURIComponent(eventId) as EventId });
      }),
      // The console's toolbar renders the dialog; outside an event there is nothing to export.
      bridge.on('menu:export', () => {
        if (eventId) openExportsDialog(decodeURIComponent(eventId) as EventId);
      }),
      bridge.on('event:opened', ({ id }) => navigate(`/event/${encodeURIComponent(id)}`)),
    ];
    return () => offs.forEach((off) => off());
  }, [location, navigate]);
  return null;
}
