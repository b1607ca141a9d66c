import { useTranslation } from 'react-i18next';
import type { Round } from '@shared/doc/championship';
import { roundTeamIds, setPanels, setSettings } from '@shared/doc/championship';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PersonId, TeamId } from '@shared/ids';
import { champApi } from './champ-api';
import type { SetupProps } from './SetupSections';
import { useChampStatus } from './use-champ-status';

/**
 * The jury from the roster: who chairs (second tie-break), the panels (which juror scores which team)
 * and the recusals. Recusals are the host's (never in the plan every participant syncs), so they are
 * read from and written to the facilitator-only endpoints.
 */
export function JurorsSection(props: SetupProps) {
  const { t } = useTranslation();
  const { plan, snapshot, champ } = props;
  const jurors = snapshot.people.filter((p) => p.role === 'juror');
  return (
    <section className="panel champ-section champ-section--wide" data-testid="champ.jurors">
      <h3>{t('championship.jurors')}</h3>
      {jurors.length === 0 && <p className="muted">{t('championship.noJurors')}</p>}
      {jurors.map((j) => (
        <div key={j.id} className="champ-juror" data-testid="champ.juror" data-person-id={j.id}>
          <label className="check champ-juror__name">
            <input
              type="radio"
              name="champ-chair"
              checked={champ.settings.chairId === j.id}
              onChange={() => setSettings(plan.doc, { chairId: j.id as PersonId }, LOCAL_ORIGIN)}
              data-testid="champ.chair"
            />
            <strong>{j.name}</strong>
            {champ.settings.chairId === j.id && <span className="badge badge--mine">{t('championship.chair')}</span>}
          </label>
        </div>
      ))}
      {jurors.length > 0 && champ.rounds.map((r) => <RoundJury key={r.id} {...props} round={r} jurors={jurors} />)}
    </section>
  );
}

function RoundJury({ eventId, token, plan, snapshot, champ, round, jurors }: SetupProps & { round: Round; jurors: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const { status, refresh } = useChampStatus(token, eventId, round.id);
  const teams = roundTeamIds(round, snapshot.teams);
  const teamName = (id: string) => snapshot.teams.find((tm) => tm.id === id)?.name ?? '—';
  const panel = champ.panels[round.id] ?? {};
  const togglePanel = (juror: string, team: TeamId, on: boolean) => {
    const mine = new Set(panel[juror] ?? []);
    if (on) mine.add(team);
    else mine.delete(team);
    const next = { ...panel, [juror]: [...mine] };
    if (mine.size === 0) delete next[juror];
    setPanels(plan.doc, round.id, next, LOCAL_ORIGIN);
  };
  const recuse = async (juror: string, team: string, on: boolean) => {
    await champApi.recusal(token, eventId, round.id, juror, team, on);
    refresh();
  };
  return (
    <div className="champ-juror__recusals" data-testid="champ.round-jury" data-round-id={round.id}>
      <h4>{round.title}</h4>
      <p className="muted">
        {t('championship.panelsHint')} {t('championship.recusalsHint')}
      </p>
      <table className="champ-matrix__table">
        <thead>
          <tr>
            <th />
            {teams.map((tm) => (
              <th key={tm}>{teamName(tm)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {jurors.map((j) => (
            <tr key={j.id}>
              <th>{j.name}</th>
              {teams.map((tm) => (
                <td key={tm}>
                  <label className="check" title={t('championship.panels')}>
                    <input
                      type="checkbox"
                      checked={(panel[j.id] ?? []).includes(tm)}
                      onChange={(e) => togglePanel(j.id, tm, e.target.checked)}
                      data-testid="champ.panel"
                      data-person-id={j.id}
                      data-team-id={tm}
                    />
                    {t('championship.panels')}
                  </label>
                  <label className="check" title={t('championship.recusedFrom', { round: round.title })}>
                    <input
                      type="checkbox"
                      disabled={!status || status.frozen}
                      checked={(status?.recusals[j.id] ?? []).includes(tm)}
                      onChange={(e) => void recuse(j.id, tm, e.target.checked)}
                      data-testid="champ.recusal"
                      data-person-id={j.id}
                      data-team-id={tm}
                    />
                    {t('jury.recused')}
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
