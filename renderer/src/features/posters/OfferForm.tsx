import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedCategory } from '@shared/doc/poster';
import { NEED_CATEGORIES } from '@shared/doc/poster';
import type { EventId } from '@shared/ids';
import type { Session } from '../../collab/rooms';
import type { OfferKind } from './offer-rules';
import { preselectCategory } from './offer-rules';
import type { PostErrorKey } from './posters-api';
import { postErrorKey, postOffer } from './posters-api';

type Props = { eventId: EventId; session: Session; posterId: string; kind: OfferKind; needed: NeedCategory[]; onDone: () => void; onCancel: () => void };

/**
 * A structured offer of help ("I can offer …") or a volunteer sign-up. The contact goes to the
 * initiative only with the explicit, unticked-by-default consent; without it the host keeps it in
 * the person's own room (shared/posters/offers.ts).
 */
export function OfferForm({ eventId, session, posterId, kind, needed, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [category, setCategory] = useState<NeedCategory>(() => preselectCategory(kind, needed));
  const [text, setText] = useState('');
  const [contact, setContact] = useState('');
  const [share, setShare] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PostErrorKey | null>(null);
  const submit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    const r = await postOffer(session.token, eventId, posterId, {
      kind,
      category,
      text: text.trim(),
      contact: contact.trim(),
      shareContact: share && contact.trim() !== '',
    });
    setBusy(false);
    if (r.ok) onDone();
    else setError(postErrorKey(r.error));
  };
  return (
    <form
      className="poster-offer-form panel"
      data-testid="offers.form"
      data-kind={kind}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="poster-section-title">{t(`posters.offer.title.${kind}`)}</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-cat`}>
          {t('posters.offer.category')}
        </label>
        <select id={`${id}-cat`} className="input" value={category} onChange={(e) => setCategory(e.target.value as NeedCategory)} data-testid="offers.category">
          {NEED_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`posters.needs.${c}`)}
              {needed.includes(c) ? ` — ${t('posters.offer.needed')}` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t(`posters.offer.text.${kind}`)}
        </label>
        <textarea
          id={`${id}-text`}
          className="input"
          rows={3}
          maxLength={1000}
          placeholder={t(`posters.offer.placeholder.${kind}`)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="offers.text"
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-contact`}>
          {t('posters.offer.contact')}
        </label>
        <input
          id={`${id}-contact`}
          className="input"
          type="text"
          maxLength={200}
          autoComplete="tel"
          placeholder={t('posters.offer.contactPlaceholder')}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          data-testid="offers.contact"
        />
      </div>
      <label className="check poster-consent">
        <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} data-testid="offers.consent" aria-describedby={`${id}-privacy`} />
        <span>{t('posters.offer.consent')}</span>
      </label>
      <p className="muted poster-consent__note" id={`${id}-privacy`} data-testid="offers.privacy-note">
        {share ? t('posters.offer.privacyShared') : t('posters.offer.privacyPrivate')}
      </p>
      <div className="poster-actions">
        <button type="submit" className="button button--primary" disabled={busy || !text.trim()} data-testid="offers.send">
          {busy ? t('posters.sending') : t(`posters.offer.send.${kind}`)}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="offers.cancel">
          {t('posters.cancel')}
        </button>
      </div>
      {error && (
        <p className="notice notice--error" role="alert" data-testid="offers.error">
          {t(`posters.errors.${error}`)}
        </p>
      )}
    </form>
  );
}
