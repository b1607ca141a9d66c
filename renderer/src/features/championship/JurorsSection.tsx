import { useTranslation } from 'react-i18next';
import { entryKey, setAssignedRecusal, setSettings } from '../../../../shared/doc/championship';
import { LOCAL_ORIGIN } from '../../../../shared/doc/schema';
import type { PersonId } from '../../../../shared/ids';
import type { SetupProps } from './SetupSections';

/** The jury from the roster: who chairs (second tie-break) and who is recused from which entry. */
export function JurorsSection({ plan, snapshot, champ }: SetupProps) {
  const { t } = useTranslation();
  const jurors = snapshot.people.filter((p) => p.role === 'juror');
  const teamName = (id: string) => snapshot.teams.find((tm) => tm.id === id)?.name ?? '—';
  return (
    <section className="panel champ-section champ-section--wide" data-testid="champ.jurors">
      <h3>{t('championship.jurors')}</h3>
      {jurors.length === 0 && <p className="muted">{t('championship.noJurors')}</p>}
      {jurors.map((j) => {
        const mine = new Set(champ.recusals[j.id] ?? []);
        return (
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
            {champ.rounds.map((r) => (
              <div key={r.id} className="champ-juror__recusals">
                <span className="muted">{t('championship.recusedFrom', { round: r.title })}</span>
                {r.teamIds.map((tm) => (
                  <label key={tm} className="check">
                    <input type="checkbox" checked={mine.has(entryKey(r.id, tm))} onChange={(e) => setAssignedRecusal(plan.doc, j.id, r.id, tm, e.target.checked, LOCAL_ORIGIN)} data-testid="champ.recusal" />
                    {teamName(tm)}
                  </label>
                ))}
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
