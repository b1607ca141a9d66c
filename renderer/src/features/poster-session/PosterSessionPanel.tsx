import '../championship/championship.css';
import './poster-session.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../collab/hooks';
import { facilitatorSession } from '../../collab/session';
import { Countdown } from '../championship/Countdown';
import { useChampionship } from '../championship/use-championship';
import type { ConsoleSlotProps } from '../console/slots';
import { NominationsTab } from './NominationsTab';
import { ProjectorTab } from './ProjectorTab';
import { SetupTab } from './SetupTab';
import { WalkStatus } from './WalkStatus';
import { WalkTab } from './WalkTab';
import { usePosterSession } from './use-poster-session';

const TABS = ['setup', 'walk', 'projector', 'nominations'] as const;
type Tab = (typeof TABS)[number];

/**
 * The poster session in the console's side column: where it stands (posters, deadline, the walk)
 * and four buttons. The work opens over the console: the walk order, the initiatives' table and the
 * jury need the width the side column lacks.
 */
export function PosterSessionPanel({ eventId, plan }: ConsoleSlotProps) {
  const { t } = useTranslation();
  const snapshot = usePlan(plan);
  const champ = useChampionship(plan);
  const posters = usePosterSession(plan);
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  const [tab, setTab] = useState<Tab | null>(null);
  if (snapshot.format !== 'posters' || !session) return null;
  const round = champ.rounds.find((r) => r.id === posters.roundId) ?? null;
  const props = { eventId, session, plan, snapshot, champ, posters, round };
  return (
    <section className="panel ps-panel" data-testid="posterSession.panel" aria-labelledby="ps-panel-title">
      <h2 id="ps-panel-title">{t('posterConsole.title')}</h2>
      <p className="muted" data-testid="posterSession.summary">
        {t('posterConsole.summary', { posters: posters.slots.length, teams: snapshot.teams.length })}
      </p>
      {round?.deadline != null && (
        <Countdown
          at={round.deadline}
          label={t('posterConsole.deadline.closesIn')}
          after={t('posterConsole.deadline.closed')}
          testId="posterSession.panel-deadline"
        />
      )}
      <WalkStatus plan={plan} teams={snapshot.teams} compact />
      <div className="ps-panel__buttons">
        {TABS.map((id) => (
          <button key={id} type="button" className="button button--block" onClick={() => setTab(id)} data-testid={`posterSession.open-${id}`}>
            {t(`posterConsole.tab.${id}`)}
          </button>
        ))}
      </div>
      {tab && (
        <div
          className="ps-dialog"
          role="dialog"
          aria-modal="true"
          aria-labelledby="ps-dialog-title"
          data-testid="posterSession.dialog"
          onKeyDown={(e) => e.key === 'Escape' && setTab(null)}
        >
          <header className="ps-dialog__head">
            <h2 id="ps-dialog-title">{t('posterConsole.title')}</h2>
            <div className="tabs" role="tablist">
              {TABS.map((id) => (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  className="tab"
                  aria-selected={tab === id}
                  onClick={() => setTab(id)}
                  data-testid={`posterSession.tab-${id}`}
                >
                  {t(`posterConsole.tab.${id}`)}
                </button>
              ))}
            </div>
            <button type="button" className="button" onClick={() => setTab(null)} data-testid="posterSession.close">
              {t('posterConsole.close')}
            </button>
          </header>
          <div className="ps-dialog__body">
            {tab === 'setup' && <SetupTab {...props} onOpened={() => setTab(null)} />}
            {tab === 'walk' && <WalkTab {...props} />}
            {tab === 'projector' && <ProjectorTab {...props} />}
            {tab === 'nominations' && <NominationsTab {...props} />}
          </div>
        </div>
      )}
    </section>
  );
}
