import '../groups/groups.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/ids';
import type { MissingPerson, MissingReport } from '@shared/session/missing';

/** How often an open console asks again; a vote's progress changing asks at once. */
const POLL_MS = 3_000;

type Target = { kind: 'vote'; voteId: string } | { kind: 'round'; boardId: string };

async function fetchMissing(token: string, eventId: EventId): Promise<MissingReport | string> {
  try {
    const res = await fetch(`/api/events/${encodeURIComponent(eventId)}/missing`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    });
    if (!res.ok) return `HTTP ${res.status}`;
    const body = (await res.json()) as Partial<MissingReport> | null;
    return { votes: Array.isArray(body?.votes) ? body.votes : [], rounds: Array.isArray(body?.rounds) ? body.rounds : [] };
  } catch (e) {
    return String(e);
  }
}

/**
 * The facilitator's "who is missing" beside a vote's or a private round's counts: the names of those
 * who have not yet voted or written, from the host's facilitator-only endpoint (GET …/missing).
 * Participants never get this list: the host refuses them.
 */
export function MissingNames({ token, eventId, target, refresh }: { token: string; eventId: EventId; target: Target; refresh?: string | number }) {
  const { t } = useTranslation();
  const [names, setNames] = useState<{ title: string; missing: MissingPerson[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = target.kind === 'vote' ? target.voteId : target.boardId;
  useEffect(() => {
    let live = true;
    const load = async () => {
      const r = await fetchMissing(token, eventId);
      if (!live) return;
      if (typeof r === 'string') return setError(r);
      setError(null);
      const entry = target.kind === 'vote' ? r.votes.find((v) => v.voteId === id) : r.rounds.find((x) => x.boardId === id);
      setNames(entry ? { title: entry.title, missing: entry.missing } : null);
    };
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [token, eventId, target.kind, id, refresh]);

  if (error) return <p className="muted">{t('missing.error', { message: error })}</p>;
  if (!names) return null;
  const label =
    target.kind === 'vote'
      ? t('missing.vote', { title: names.title, count: names.missing.length })
      : t('missing.round', { title: names.title, count: names.missing.length });
  return (
    <div className="missing" data-testid="missing" data-kind={target.kind} data-count={names.missing.length}>
      {names.missing.length === 0 ? (
        <span className="muted" data-testid="missing.none">
          {t('missing.none')}
        </span>
      ) : (
        <details open>
          <summary>{label}</summary>
          <ul className="missing__names">
            {names.missing.map((p) => (
              <li key={p.personId} data-testid="missing.name">
                {p.name}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
