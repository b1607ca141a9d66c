import './projector.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '../../../../shared/ids';
import { boardRoom, planRoom } from '../../../../shared/protocol/rooms';
import { ConnectionStatus } from '../../app/ConnectionStatus';
import { useCards, usePlan, useRoom } from '../../collab/hooks';
import { facilitatorSession } from '../../collab/session';
import { pickSharedBoard } from '../board/shared-board';
import { QrCode } from '../join/QrCode';
import { displayUrl, joinUrl } from '../join/join-url';
import { useEventCodes } from '../join/use-join-info';

/**
 * `/event/<id>/projector`: read from the back of a hall. Huge type, black on white, no controls;
 * the language follows the console window (see i18n `storage` listener).
 */
export function ProjectorPage({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  const { host, event } = useEventCodes(session?.token ?? null, eventId);
  const plan = usePlan(useRoom(session, planRoom(eventId)));
  const board = pickSharedBoard(plan);
  const cards = useCards(useRoom(session, board ? boardRoom(eventId, board.id) : null));
  const url = event ? joinUrl(host, event.joinCode, window.location.origin) : null;

  return (
    <main className="projector" data-testid="projector">
      <h1 className="projector__title">{plan.title || event?.title}</h1>
      <aside className="projector__join">
        {url && event && (
          <>
            <QrCode text={url} label={t('console.qrAlt', { url })} className="qr projector__qr" />
            <p className="projector__url">{t('projector.joinAt', { url: displayUrl(url) })}</p>
            <p className="projector__code-label">{t('projector.code')}</p>
            <p className="code projector__code" data-testid="projector.join-code">
              {event.joinCode}
            </p>
          </>
        )}
        <div className="projector__conn">
          <ConnectionStatus />
        </div>
      </aside>
      <section className="projector__board" aria-label={board?.title}>
        {board && <h2 className="projector__board-title">{board.title}</h2>}
        {cards.length === 0 ? (
          <p className="projector__empty">{t('projector.noCards')}</p>
        ) : (
          <ul className="projector__cards">
            {cards.map((c) => (
              <li key={c.id} className="projector__card" data-testid="projector.card">
                <p className="projector__card-text">{c.text}</p>
                {plan.showAuthors && c.authorName && <p className="projector__card-author">{c.authorName}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
