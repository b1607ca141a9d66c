import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import type { TeamOffer } from '@shared/posters/offers';
import { boardRoom } from '@shared/protocol/rooms';
import { useRoom, useRoomState } from '../../collab/hooks';
import type { Session } from '../../collab/rooms';
import type { PostErrorKey } from './posters-api';
import { postDecision, postErrorKey } from './posters-api';
import { useInbox } from './use-poster';
import { StatusBadge } from './VisitorOffers';

/**
 * The initiative's offers of help (board template 'poster-offers': the team and facilitators sync
 * it, the host alone writes it). A contact shows only when the offerer agreed to share it; the
 * decision goes over HTTP and comes back through the board.
 */
export function OfferInbox({ eventId, session, board }: { eventId: EventId; session: Session; board: BoardInfo }) {
  const { t } = useTranslation();
  const room = useRoom(session, boardRoom(eventId, board.id));
  const state = useRoomState(room);
  const offers = useInbox(room);
  const fresh = offers.filter((o) => o.status === 'new').length;
  if (state.denied) return <p className="notice notice--error">{t('posters.inbox.denied')}</p>;
  if (!state.ready) return <p className="muted">{t('posters.loading')}</p>;
  return (
    <section className="poster-inbox" data-testid="offers.inbox" data-board-id={board.id}>
      <h2 className="poster-section-title">{t('posters.inbox.title')}</h2>
      <p className="muted" data-testid="offers.inbox-count" data-new={fresh}>
        {t('posters.inbox.counts', { total: offers.length, fresh })}
      </p>
      {offers.length === 0 && <p className="muted">{t('posters.inbox.empty')}</p>}
      <ul className="poster-offer-list">
        {[...offers].reverse().map((o) => (
          <InboxItem key={o.id} offer={o} decide={(d) => postDecision(session.token, eventId, o.id, { decision: d })} />
        ))}
      </ul>
    </section>
  );
}

function InboxItem({ offer: o, decide }: { offer: TeamOffer; decide: (d: 'accepted' | 'declined') => ReturnType<typeof postDecision> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PostErrorKey | null>(null);
  const click = async (d: 'accepted' | 'declined') => {
    setBusy(true);
    setError(null);
    const r = await decide(d);
    setBusy(false);
    if (!r.ok) setError(postErrorKey(r.error));
  };
  return (
    <li className={`poster-offer poster-offer--${o.status}`} data-testid="offers.item" data-offer-id={o.id} data-status={o.status}>
      <div className="poster-offer__head">
        <strong data-testid="offers.from">{o.fromName}</strong>
        <span className="poster-chip">{t(`posters.needs.${o.category}`)}</span>
        <span className="badge">{t(`posters.offer.kind.${o.kind}`)}</span>
        <StatusBadge status={o.status} />
      </div>
      <p className="poster-offer__text" data-testid="offers.item-text">
        {o.text}
      </p>
      {o.contact ? (
        <p className="poster-offer__contact" data-testid="offers.item-contact">
          {t('posters.inbox.contact')} <strong>{o.contact}</strong>
        </p>
      ) : (
        <p className="muted poster-offer__contact" data-testid="offers.item-no-contact">
          {t('posters.inbox.noContact')}
        </p>
      )}
      {o.status === 'new' ? (
        <div className="poster-actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void click('accepted')} data-testid="offers.accept">
            {t('posters.inbox.accept')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void click('declined')} data-testid="offers.decline">
            {t('posters.inbox.decline')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--small poster-offer__change"
          disabled={busy}
          onClick={() => void click(o.status === 'accepted' ? 'declined' : 'accepted')}
          data-testid={o.status === 'accepted' ? 'offers.decline' : 'offers.accept'}
        >
          {o.status === 'accepted' ? t('posters.inbox.changeToDecline') : t('posters.inbox.changeToAccept')}
        </button>
      )}
      {error && (
        <p className="notice notice--error" role="alert" data-testid="offers.decision-error">
          {t(`posters.errors.${error}`)}
        </p>
      )}
    </li>
  );
}
