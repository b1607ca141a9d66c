import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { JoinInfo } from '../../../../shared/protocol/api';
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

/** `/join/<code>`: what the QR code opens on a phone. */
export function JoinPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
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
    const { token, personId, eventId, role } = r.value;
    saveIdentity({ token, personId, eventId, role, name: choice.name });
    saveCodeTarget(code, { eventId, role });
    navigate(homeOf(role, eventId), { replace: true });
  };

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
        {info && !restoring && <JoinForm info={info} busy={busy} onJoin={(c) => void join(c)} />}
      </div>
    </Layout>
  );
}
