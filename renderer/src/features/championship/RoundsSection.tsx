import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseId, Round } from '@shared/doc/championship';
import { addRound, editRound, removeRound } from '@shared/doc/championship';
import type { TeamId } from '@shared/ids';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { champApi } from './champ-api';
import { Countdown } from './Countdown';
import type { SetupProps } from './SetupSections';
import { fromLocalInput, toLocalInput } from './time-input';

/** Rounds: who goes on, which case, and the deadline after which the host locks the teams' solution boards. */
export function RoundsSection(props: SetupProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const add = () => {
    addRound(props.plan.doc, { title: title.trim(), teamIds: props.snapshot.teams.map((tm) => tm.id) }, LOCAL_ORIGIN);
    setTitle('');
  };
  return (
    <section className="panel champ-section champ-section--wide" data-testid="champ.rounds">
      <h3>{t('championship.rounds')}</h3>
      {props.champ.rounds.map((r) => (
        <RoundRow key={r.id} round={r} {...props} />
      ))}
      <div className="inline-form">
        <input
          className="input"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('championship.roundTitle')}
          data-testid="champ.round-title"
        />
        <button type="button" className="button button--primary" disabled={!title.trim()} onClick={add} data-testid="champ.round-add">
          {t('championship.addRound')}
        </button>
      </div>
    </section>
  );
}

function RoundRow({ round, eventId, token, plan, snapshot, champ }: SetupProps & { round: Round }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const toggle = (id: TeamId, on: boolean) =>
    editRound(plan.doc, round.id, { teamIds: on ? [...round.teamIds, id] : round.teamIds.filter((x) => x !== id) }, LOCAL_ORIGIN);
  const boards = Object.keys(round.boards).length;
  return (
    <div className="champ-round" data-testid="champ.round" data-round-id={round.id} data-locked={round.lockedAt !== null}>
      <div className="row-between">
        <strong className="champ-round__title">{round.title}</strong>
        <button type="button" className="button button--small button--danger" onClick={() => removeRound(plan.doc, round.id, LOCAL_ORIGIN)}>
          {t('championship.remove')}
        </button>
      </div>
      <fieldset className="champ-round__teams">
        <legend>{t('championship.roundTeams')}</legend>
        {snapshot.teams.map((tm) => (
          <label key={tm.id} className="check">
            <input type="checkbox" checked={round.teamIds.includes(tm.id)} onChange={(e) => toggle(tm.id, e.target.checked)} data-testid="champ.round-team" />
            {tm.name}
          </label>
        ))}
      </fieldset>
      <div className="champ-round__grid">
        <label className="field">
          <span className="field__label">{t('championship.roundCase')}</span>
          <select
            className="input"
            value={round.caseId ?? ''}
            onChange={(e) => editRound(plan.doc, round.id, { caseId: (e.target.value || null) as CaseId | null }, LOCAL_ORIGIN)}
          >
            <option value="">—</option>
            {champ.cases.map((c, i) => (
              <option key={c.id} value={c.id}>
                {c.title || t('championship.caseN', { n: i + 1 })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('championship.deadline')}</span>
          <input
            className="input"
            type="datetime-local"
            step={1}
            value={toLocalInput(round.deadline)}
            onChange={(e) => editRound(plan.doc, round.id, { deadline: fromLocalInput(e.target.value) }, LOCAL_ORIGIN)}
            data-testid="champ.deadline"
          />
        </label>
      </div>
      <p className="champ-round__status">
        <Countdown at={round.deadline} label={t('championship.deadlineIn')} testId="champ.deadline-countdown" />{' '}
        {round.lockedAt !== null && (
          <span className="badge" data-testid="champ.round-locked">
            {t('championship.boardsLocked')}
          </span>
        )}
      </p>
      <div className="row-gap">
        <button
          type="button"
          className="button button--small"
          onClick={() => void champApi.boards(token, eventId, round.id).then((r) => setError(r.ok ? null : r.error))}
          data-testid="champ.round-boards"
        >
          {boards > 0 ? t('championship.boardsMade', { count: boards }) : t('championship.makeBoards')}
        </button>
      </div>
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </div>
  );
}
