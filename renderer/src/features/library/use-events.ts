import { useCallback, useEffect, useState } from 'react';
import type { EventSummary } from '@shared/protocol/api';
import type { ApiError, ApiResult } from '../../collab/api';
import { api } from '../../collab/api';

export type EventsState = { events: EventSummary[] | null; error: ApiError | null };

/** The library list plus `run`, which performs a change and then reloads (the host is the truth). */
export function useEvents(token: string) {
  const [state, setState] = useState<EventsState>({ events: null, error: null });

  const reload = useCallback(async () => {
    const r = await api.events(token);
    setState((s) => (r.ok ? { events: r.value.events, error: null } : { events: s.events, error: r.error }));
  }, [token]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = useCallback(
    async <T>(action: Promise<ApiResult<T>>): Promise<ApiResult<T>> => {
      const r = await action;
      if (!r.ok) setState((s) => ({ ...s, error: r.error }));
      await reload();
      return r;
    },
    [reload],
  );

  return { ...state, reload, run };
}
