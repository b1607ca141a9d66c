import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedCategory } from '@shared/doc/poster';
import type { EventId, PersonId } from '@shared/ids';
import type { Session } from '../../collab/rooms';
import type { OfferKind } from './offer-rules';
import { OfferForm } from './OfferForm';
import { useMyOffers } from './use-poster';

type Props = { eventId: EventId; session: Session; personId: PersonId; posterId: string; needed: NeedCategory[] };

/** "Offer help" and "Sign up as a volunteer" on a poster, and this person's offers to it with their status. */
export function VisitorOffers({ eventId, session, personId, posterId, needed }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OfferKind | null>(null);
  const [sent, setSent] = useState(false);
  const openForm = (kind: OfferKind) => {
    setSent(false);
    setOpen(kind);
  };
  const mine = useMyOffers(session, eventId, personId).filter((o) => o.posterId === posterId);
  return (
    <section className="poster-offers" data-testid="offers.visitor">
      {open ? (
        <OfferForm
          key={open}
          eventId={eventId}
          session={session}
          posterId={posterId}
          kind={open}
          needed={needed}
          onDone={() => {
            setOpen(null);
            setSent(true);
          }}
          onCancel={() => setOpen(null)}
        />
      ) : (
        <div className="poster-actions poster-actions--stack">
          <button type="button" className="button button--primary" onClick={() => openForm('offer')} data-testid="offers.open-offer">
            {t('posters.offer.openOffer')}
          </button>
          <button type="button" className="button" onClick={() => openForm('volunteer')} data-testid="offers.open-volunteer">
            {t('posters.offer.openVolunteer')}
          </button>
        </div>
      )}
      {sent && (
        <p className="notice" role="status" data-testid="offers.sent">
          {t('posters.offer.sent')}
        </p>
      )}
      {mine.length > 0 && (
        <div className="poster-my-offers">
          <h3 className="poster-section-title">{t('posters.offer.mine')}</h3>
          <ul className="poster-offer-list">
            {mine.map((o) => (
              <li key={o.id} className="poster-offer" data-testid="offers.mine" data-offer-id={o.id} data-status={o.status}>
                <div className="poster-offer__head">
                  <span className="poster-chip">{t(`posters.needs.${o.category}`)}</span>
                  <span className="badge">{t(`posters.offer.kind.${o.kind}`)}</span>
                  <StatusBadge status={o.status} />
                </div>
                <p className="poster-offer__text">{o.text}</p>
                <p className="muted poster-offer__contact">
                  {o.contact
                    ? o.shareContact
                      ? t('posters.offer.contactShared', { contact: o.contact })
                      : t('posters.offer.contactKept')
                    : t('posters.offer.noContact')}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function StatusBadge({ status }: { status: 'new' | 'accepted' | 'declined' }) {
  const { t } = useTranslation();
  return (
    <span className={`badge poster-status poster-status--${status}`} data-testid="offers.status" data-status={status}>
      {t(`posters.offer.status.${status}`)}
    </span>
  );
}
