import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { JoinInfo } from '@shared/protocol/api';
import { describeApiError } from '../../app/api-error';
import { preloadHome } from '../../app/routes';
import { Layout } from '../../app/Layout';
import type { ApiError } from '../../collab/api';
import { api } from '../../collab/api';
import { saveCodeTarget, saveIdentity } from '../../collab/identity';
import { homeOf } from '../../collab/session';
import type { JoinChoice } from './JoinForm';
import { JoinForm } from './JoinForm';
import { useRestore } from './use-restore';

/** How often a person waiting for check-in asks whether the facilitator let them in. */
const CHECKIN_POLL_MS = 2_000;

/** While the facilitator has not approved a join: poll, then go in (or say they were not let in). */
function useCheckIn(waiting: { token: string; finish: () => void } | null, refused: () => void): void {
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    const timer = setInterval(() => {
      void api.checkin(waiting.token).then((r) => {
        if (!live || !r.ok) return;
        if (r.value.status === 'active' || r.value.status === 'voided') waiting.finish();
        else if (r.value.status === 'removed') refused();
        else return;
        clearInterval(timer);
      });
    }, CHECKIN_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [waiting, refused]);
}

/** `/join/<code>`: what the QR code opens on a phone. */
export function JoinPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [waiting, setWaiting] = useState<{ token: string; finish: () => void } | null>(null);
  const [refused, setRefused] = useState(false);
  const restore = useRestore(code, info ? { eventId: info.eventId, role: info.role } : null);

  useEffect(() => {
    let live = true;
    void api.joinInfo(code).then((r) => live && (r.ok ? setInfo(r.value) : setError(r.error)));
    return () => {
      live = false;
    };
  }, [code]);

  useEffect(() => {
    if (info) preloadHome(info.role);
  }, [info]);

  useEffect(() => {
    if (restore.kind === 'restored') navigate(restore.href, { replace: true });
  }, [restore, navigate]);

  const join = async (choice: JoinChoice) => {
    setBusy(true);
    const r = await api.join({ code, ...choice });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const { token, personId, eventId, role, status } = r.value;
    const finish = () => {
      saveIdentity({ token, personId, eventId, role, name: choice.name });
      saveCodeTarget(code, { eventId, role });
      navigate(homeOf(role, eventId), { replace: true });
    };
    if (status === 'pending') setWaiting({ token, finish });
    else finish();
  };

  const refuse = useCallback(() => {
    setWaiting(null);
    setRefused(true);
  }, []);
  useCheckIn(waiting, refuse);

  const restoring = restore.kind !== 'none';
  return (
    <Layout>
      <div className="page--narrow">
        <h1>{info?.title ?? t('join.title')}</h1>
        {info && <p className="muted">{t('join.asRole', { role: t(`role.${info.role}`) })}</p>}
        {error && (
          <p className="notice notice--error" role="alert" data-testid="join.error">
            {error.code === 'not_found' ? t('join.badCode') : describeApiError(t, error)}
          </p>
        )}
        {restoring && <p className="muted">{t('join.restoring')}</p>}
        {!info && !error && !restoring && <p className="muted">{t('join.loading')}</p>}
        {refused && (
          <p className="notice notice--error" role="alert" data-testid="join.refused">
            {t('join.refused')}
          </p>
        )}
        {waiting && (
          <p className="notice" role="status" data-testid="join.waiting">
            {t('join.waiting')}
          </p>
        )}
        {info && !restoring && !waiting && !refused && <JoinForm info={info} busy={busy} onJoin={(c) => void join(c)} />}
      </div>
    </Layout>
  );
}
