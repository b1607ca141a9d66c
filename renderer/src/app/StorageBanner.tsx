import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageProblem } from '@shared/protocol/api';
import { api } from '../collab/api';

/** How often a facilitator screen asks the host whether it can save. */
const POLL_MS = 3_000;

/** The host's storage problems, asked every few seconds; empty while saving works or the host is unreachable. */
export function useStorageProblems(): StorageProblem[] {
  const [problems, setProblems] = useState<StorageProblem[]>([]);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const r = await api.health();
      if (!stopped && r.ok) setProblems(r.value.storage.problems);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return problems;
}

/**
 * On facilitator screens: the host cannot save. Says why (the system's own words) and what to do;
 * what people write meanwhile is held in the host's memory and written once saving works again.
 */
export function StorageBanner() {
  const { t } = useTranslation();
  const problems = useStorageProblems();
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--error storage-banner" role="alert" data-testid="storage.banner">
      <strong>{t('storage.title')}</strong>
      <p>{t('storage.what')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.eventId} data-testid="storage.problem">
            <code>{p.message}</code>
          </li>
        ))}
      </ul>
      <p>{t('storage.todo')}</p>
    </div>
  );
}
