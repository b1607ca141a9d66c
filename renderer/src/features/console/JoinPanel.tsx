import { useTranslation } from 'react-i18next';
import type { EventSummary, HostInfo } from '@shared/protocol/api';
import { QrCode } from '../join/QrCode';
import { displayUrl, joinUrl } from '../join/join-url';

/** The big QR + code the room reads from the laptop screen, plus the invite codes for jury and co-facilitators. */
export function JoinPanel({ host, event, participants }: { host: HostInfo | null; event: EventSummary | null; participants: number }) {
  const { t } = useTranslation();
  if (!event) return null;
  const url = joinUrl(host, event.joinCode, window.location.origin);
  return (
    <section className="panel join-panel" aria-labelledby="join-title">
      <h2 id="join-title">{t('console.joinTitle')}</h2>
      <QrCode text={url} label={t('console.qrAlt', { url })} className="qr join-panel__qr" />
      <p className="join-panel__url" data-testid="console.join-url">
        {displayUrl(url)}
      </p>
      {host && !host.publicUrl && host.lanUrls.length === 0 && <p className="notice">{t('console.noLanUrl')}</p>}
      <p className="muted">{t('console.joinHint')}</p>
      <div className="join-panel__code-label">{t('console.joinCode')}</div>
      <div className="code code--huge" data-testid="console.join-code">
        {event.joinCode}
      </div>
      <p className="join-panel__count" data-testid="console.participants" data-count={participants}>
        {t('console.participants', { count: participants })}
      </p>
      <dl className="invite-codes">
        <dt>{t('console.jurorCode')}</dt>
        <dd className="code" data-testid="console.juror-code">
          {event.jurorCode}
        </dd>
        <dt>{t('console.cofacilitatorCode')}</dt>
        <dd className="code" data-testid="console.cofacilitator-code">
          {event.cofacilitatorCode}
        </dd>
      </dl>
    </section>
  );
}
