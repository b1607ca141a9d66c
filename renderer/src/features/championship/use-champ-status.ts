import { useCallback, useEffect, useState } from 'react';
import type { ChampStatus } from '@shared/championship/api';
import type { EventId } from '@shared/ids';
import type { ApiError } from '../../collab/api';
import { champApi } from './champ-api';

/** How often the console re-reads the facilitator-only status (progress is no longer pushed through the public results room). */
export const STATUS_POLL_MS = 3000;

/** The round's status from the host, re-read every few seconds while shown, and at once on `refresh()` or a change of `key`. */
export function useChampStatus(
  token: string,
  eventId: EventId,
  roundId: string | null,
  key = '',
): { status: ChampStatus | null; error: ApiError | null; refresh(): void } {
  const [status, setStatus] = useState<ChampStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    if (!roundId) return;
    let live = true;
    void champApi.status(token, eventId, roundId).then((r) => {
      if (!live) return;
      setError(r.ok ? null : r.error);
      if (r.ok) setStatus(r.value);
    });
    const timer = setTimeout(refresh, STATUS_POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [token, eventId, roundId, key, tick, refresh]);
  return { status: status && status.roundId === roundId ? status : null, error, refresh };
}
