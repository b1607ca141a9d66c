import { useEffect, useState } from 'react';
import type { EventSummary, HostInfo } from '@shared/protocol/api';
import type { EventId } from '@shared/ids';
import type { ApiError } from '../../collab/api';
import { api } from '../../collab/api';

/** The laptop may join the venue Wi‑Fi after the console opened: its addresses are read again this often. */
const HOST_REFRESH_MS = 15_000;

/** Host addresses and the event's codes, for the console and the projector (facilitator token). */
export function useEventCodes(token: string | null, eventId: EventId) {
  const [host, setHost] = useState<HostInfo | null>(null);
  const [event, setEvent] = useState<EventSummary | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!token) return;
    let live = true;
    void Promise.all([api.host(token), api.event(token, eventId)]).then(([h, e]) => {
      if (!live) return;
      if (h.ok) setHost(h.value);
      if (e.ok) setEvent(e.value);
      setError(!e.ok ? e.error : !h.ok ? h.error : null);
    });
    const refresh = setInterval(() => {
      void api.host(token).then((h) => {
        // Same addresses: keep the same object, so the QR code is not redrawn.
        if (live && h.ok) setHost((old) => (JSON.stringify(old) === JSON.stringify(h.value) ? old : h.value));
      });
    }, HOST_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(refresh);
    };
  }, [token, eventId]);
  return { host, event, error };
}
