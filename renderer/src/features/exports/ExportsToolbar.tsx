import './exports.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { usePlan } from '../../collab/hooks';
import type { Room } from '../../collab/rooms';
import { facilitatorSession } from '../../collab/session';
import { currentLanguage } from '../../i18n';
import { ExportsDialog } from './ExportsDialog';
import { jobKey, useExports } from './exports-store';
import { JobLine } from './JobLine';

type Props = { eventId: EventId; plan: Room; board: BoardInfo | null };

/** Same key as the dialog's event-file row, so both show one job. */
const EVENT_FILE = 'event-file';

/**
 * The console toolbar's "Export…" and "Save event file" (mounted through console/slots.tsx).
 * The desktop menu's Export opens the same dialog through the store.
 */
export function ExportsToolbar({ eventId, plan }: Props) {
  const { t } = useTranslation();
  // The console already has a session (it would not render otherwise); a co-facilitator's token is theirs.
  const token = useMemo(() => facilitatorSession(eventId)?.token ?? null, [eventId]);
  const openFor = useExports((s) => s.openFor);
  const saveJob = useExports((s) => s.jobs[jobKey(eventId, EVENT_FILE)]);
  const { open, close, start, cancel } = useExports.getState();
  const { title } = usePlan(plan);
  if (!token) return null;
  const saveFile = () =>
    void start({
      eventId,
      token,
      key: EVENT_FILE,
      target: { kind: 'event-file' },
      format: 'veche',
      lang: currentLanguage(),
      title: title || t('exports.item.eventFile'),
    });
  return (
    <span className="exports-toolbar">
      <button type="button" className="button button--small" onClick={() => open(eventId)} data-testid="exports.open">
        {t('exports.open')}
      </button>
      <button type="button" className="button button--small" disabled={saveJob?.phase === 'running'} onClick={saveFile} data-testid="console.save-file">
        {t('exports.saveFile')}
      </button>
      <JobLine job={saveJob} onCancel={() => cancel(eventId, EVENT_FILE)} compact />
      {openFor === eventId && <ExportsDialog eventId={eventId} plan={plan} token={token} onClose={close} />}
    </span>
  );
}
