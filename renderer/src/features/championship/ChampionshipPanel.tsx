import './championship.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../collab/hooks';
import { facilitatorSession } from '../../collab/session';
import type { ConsoleSlotProps } from '../console/slots';
import { PitchControl } from './PitchControl';
import { ResultsSection } from './ResultsSection';
import { SetupSections } from './SetupSections';
import { useChampionship, usePitch } from './use-championship';

const TABS = ['setup', 'pitch', 'results'] as const;
type Tab = (typeof TABS)[number];

/**
 * The championship in the console's side column: a short summary and three buttons. The work itself
 * opens over the console (setup, pitches, results): it needs the width the side column lacks.
 */
export function ChampionshipPanel({ eventId, plan }: ConsoleSlotProps) {
  const { t } = useTranslation();
  const snapshot = usePlan(plan);
  const champ = useChampionship(plan);
  const pitch = usePitch(plan);
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  const [tab, setTab] = useState<Tab | null>(null);
  if (snapshot.format !== 'championship' || !session) return null;
  const jurors = snapshot.people.filter((p) => p.role === 'juror').length;
  const now = pitch.queue[pitch.current];
  return (
    <section className="panel champ-panel" data-testid="champ.panel" aria-labelledby="champ-panel-title">
      <h2 id="champ-panel-title">{t('championship.title')}</h2>
      <p className="muted">{t('championship.summary', { rounds: champ.rounds.length, criteria: champ.criteria.length, jurors })}</p>
      {now && pitch.phase !== 'done' && (
        <p data-testid="champ.now-short">{t('championship.nowPresenting', { team: snapshot.teams.find((tm) => tm.id === now)?.name ?? '—' })}</p>
      )}
      <div className="champ-panel__buttons">
        {TABS.map((id) => (
          <button key={id} type="button" className="button button--block" onClick={() => setTab(id)} data-testid={`champ.open-${id}`}>
            {t(`championship.tab.${id}`)}
          </button>
        ))}
      </div>
      {tab && (
        <div className="champ-dialog" role="dialog" aria-modal="true" aria-labelledby="champ-dialog-title" data-testid="champ.dialog">
          <header className="champ-dialog__head">
            <h2 id="champ-dialog-title">{t('championship.title')}</h2>
            <div className="tabs" role="tablist">
              {TABS.map((id) => (
                <button key={id} type="button" role="tab" className="tab" aria-selected={tab === id} onClick={() => setTab(id)} data-testid={`champ.tab-${id}`}>
                  {t(`championship.tab.${id}`)}
                </button>
              ))}
            </div>
            <button type="button" className="button" onClick={() => setTab(null)} data-testid="champ.close">
              {t('championship.close')}
            </button>
          </header>
          <div className="champ-dialog__body">
            {tab === 'setup' && <SetupSections eventId={eventId} token={session.token} plan={plan} snapshot={snapshot} champ={champ} />}
            {tab === 'pitch' && <PitchControl plan={plan} snapshot={snapshot} champ={champ} pitch={pitch} />}
            {tab === 'results' && <ResultsSection eventId={eventId} session={session} plan={plan} snapshot={snapshot} champ={champ} />}
          </div>
        </div>
      )}
    </section>
  );
}
