import { useTranslation } from 'react-i18next';
import { CriteriaSection } from '../championship/CriteriaSection';
import { JurorsSection } from '../championship/JurorsSection';
import { AudienceNomination } from './AudienceNomination';
import { JuryNomination } from './JuryNomination';
import { projectGallery } from './project';
import type { TabProps } from './tab-props';

/**
 * The two nominations. The jury's prize is the championship machinery on the posters' round
 * (criteria, jurors on /jury, the reveal); the audience's prize is a dot vote over the same round.
 * Each is revealed on its own; the projector shows both side by side.
 */
export function NominationsTab(props: TabProps) {
  const { t } = useTranslation();
  const { eventId, session, plan, snapshot, champ, round } = props;
  if (!round) {
    return (
      <p className="notice" data-testid="posterSession.nominations-need-setup">
        {t('posterConsole.nominations.needSetup')}
      </p>
    );
  }
  const setup = { eventId, token: session.token, plan, snapshot, champ };
  return (
    <div className="ps-nominations" data-testid="posterSession.nominations">
      <div className="row-gap ps-nominations__bar">
        <button
          type="button"
          className="button button--primary"
          onClick={() => projectGallery(plan.doc, 'nominations', null)}
          data-testid="posterSession.nominations-project"
        >
          {t('posterConsole.projector.nominations')}
        </button>
        <span className="muted">{t('posterConsole.nominations.hint')}</span>
      </div>
      <div className="ps-nominations__cols">
        <div className="ps-col">
          <JuryNomination {...props} round={round} />
          <CriteriaSection {...setup} />
        </div>
        <div className="ps-col">
          <AudienceNomination {...props} round={round} />
          <JurorsSection {...setup} />
        </div>
      </div>
    </div>
  );
}
