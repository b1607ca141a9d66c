import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cutAt } from '@shared/championship/advance';
import type { ChampionshipSnapshot, PublishedLeaderboard } from '@shared/doc/championship';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { postJson } from '../voting/voting-api';

type Props = { eventId: EventId; token: string; roundId: string; board: PublishedLeaderboard; champ: ChampionshipSnapshot };

/**
 * Stages: once a round is fully revealed, its top N become another round's teams. A tie at the cut is
 * shown from the published places and the chair ticks who goes through; the host checks it again.
 */
export function AdvanceForm({ eventId, token, roundId, board, champ }: Props) {
  const { t } = useTranslation();
  const targets = champ.rounds.filter((r) => r.id !== roundId);
  const [to, setTo] = useState('');
  const [top, setTop] = useState(Math.min(3, board.count));
  const [include, setInclude] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  if (targets.length === 0 || board.rows.length < board.count) return null;
  const target = to || targets[0]!.id;
  const cut = cutAt(
    board.rows.filter((r) => r.total !== null),
    top,
  );
  const name = (id: string) => board.rows.find((r) => r.teamId === id)?.teamName ?? id;
  const run = async () => {
    const r = await postJson(token, `/api/events/${encodeURIComponent(eventId)}/championship/advance`, {
      from: roundId,
      to: target,
      top,
      ...(cut.tied.length ? { include } : {}),
    });
    setError(r.ok ? null : r.error);
    setDone(r.ok);
  };
  return (
    <div className="champ-advance" data-testid="champ.advance">
      <h4>{t('championship.advance')}</h4>
      <label className="field">
        <span className="field__label">{t('championship.advanceTo')}</span>
        <select className="input" value={target} onChange={(e) => setTo(e.target.value)}>
          {targets.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('championship.advanceTop')}</span>
        <input
          className="input champ-num"
          type="number"
          min={1}
          max={board.count}
          value={top}
          onChange={(e) => (setTop(Math.max(1, Math.min(board.count, Math.floor(Number(e.target.value) || 1)))), setInclude([]))}
        />
      </label>
      {cut.tied.length > 0 && (
        <div data-testid="champ.advance-tie">
          <p className="notice">{t('championship.advanceTie', { slots: cut.slots, teams: cut.tied.map(name).join(', ') })}</p>
          {cut.tied.map((id) => (
            <label key={id} className="check">
              <input
                type="checkbox"
                checked={include.includes(id)}
                onChange={(e) => setInclude(e.target.checked ? [...include, id] : include.filter((x) => x !== id))}
              />
              {name(id)}
            </label>
          ))}
        </div>
      )}
      <button
        type="button"
        className="button"
        disabled={cut.tied.length > 0 && include.length !== cut.slots}
        onClick={() => void run()}
        data-testid="champ.advance-run"
      >
        {t('championship.advanceRun')}
      </button>
      {done && <p className="muted">{t('championship.advanceDone')}</p>}
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </div>
  );
}
