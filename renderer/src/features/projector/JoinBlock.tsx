import { useTranslation } from 'react-i18next';
import type { EventSummary, HostInfo } from '@shared/protocol/api';
import { QrCode } from '../join/QrCode';
import { displayUrl, joinUrl } from '../join/join-url';

/** QR, address and code for latecomers: a corner of every projector screen, or the whole screen in 'qr' mode. */
export function JoinBlock({ host, event, big = false }: { host: HostInfo | null; event: EventSummary | null; big?: boolean }) {
  const { t } = useTranslation();
  if (!event) return null;
  const url = joinUrl(host, event.joinCode, window.location.origin);
  return (
    <div className={big ? 'join-block join-block--big' : 'join-block'}>
      <QrCode text={url} label={t('console.qrAlt', { url })} className="qr projector__qr" />
      <div className="join-block__text">
        <p className="projector__url">{t('projector.joinAt', { url: displayUrl(url) })}</p>
        <p className="projector__code-label">{t('projector.code')}</p>
        <p className="code projector__code" data-testid="projector.join-code">
          {event.joinCode}
        </p>
      </div>
    </div>
  );
}
