import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '@shared/championship/api';
import { setSettings } from '@shared/doc/championship';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { champApi } from './champ-api';
import { Countdown } from './Countdown';
import type { SetupProps } from './SetupSections';
import { fromLocalInput, toLocalInput } from './time-input';

type Draft = { id: string | null; title: string; text: string; links: string };
const EMPTY: Draft = { id: null, title: '', text: '', links: '' };

/**
 * Cases are written to the host, not the plan: until the release their text must not reach any
 * participant, and everything in the plan reaches every participant. The host publishes them at the
 * release time (or on "release now").
 */
export function CasesSection({ eventId, token, plan, champ }: SetupProps) {
  const { t } = useTranslation();
  const [cases, setCases] = useState<CaseRecord[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const reload = useCallback(async () => {
    const r = await champApi.cases(token, eventId);
    if (r.ok) setCases(r.value.cases);
    else setError(r.error);
  }, [token, eventId]);
  // The plan's case slots change when the host releases: re-read the drafts' states then.
  const releasedKey = champ.cases.map((c) => `${c.id}:${c.released}`).join(',');
  useEffect(() => void reload(), [reload, releasedKey]);
  const act = async (p: Promise<{ ok: boolean; error?: ApiError }>) => {
    const r = await p;
    setError(r.ok ? null : (r.error ?? null));
    await reload();
  };
  const save = () => {
    const body = { title: draft.title.trim(), text: draft.text, links: draft.links.split(/\s+/).filter(Boolean) };
    void act(draft.id ? champApi.editCase(token, eventId, draft.id, body) : champApi.addCase(token, eventId, body)).then(() => setDraft(EMPTY));
  };
  const releaseAt = champ.settings.releaseAt;
  return (
    <section className="panel champ-section" data-testid="champ.cases">
      <h3>{t('championship.cases')}</h3>
      <label className="field">
        <span className="field__label">{t('championship.releaseAt')}</span>
        <input
          className="input"
          type="datetime-local"
          step={1}
          value={toLocalInput(releaseAt)}
          onChange={(e) => setSettings(plan.doc, { releaseAt: fromLocalInput(e.target.value) }, LOCAL_ORIGIN)}
          data-testid="champ.release-at"
        />
      </label>
      <Countdown at={releaseAt} label={t('championship.releaseIn')} after={t('championship.releaseDone')} testId="champ.release-countdown" />
      <ul className="champ-list">
        {cases.map((c) => (
          <li key={c.id} className="champ-list__item" data-testid="champ.case" data-released={c.released}>
            <strong>{c.title}</strong>
            <span className={c.released ? 'badge badge--ok' : 'badge'}>{c.released ? t('championship.released') : t('championship.notReleased')}</span>
            <span className="champ-list__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => setDraft({ id: c.id, title: c.title, text: c.text, links: c.links.join('\n') })}
              >
                {t('championship.edit')}
              </button>
              {!c.released && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void act(champApi.release(token, eventId, [c.id]))}
                  data-testid="champ.case-release"
                >
                  {t('championship.releaseNow')}
                </button>
              )}
              <button type="button" className="button button--small button--danger" onClick={() => void act(champApi.removeCase(token, eventId, c.id))}>
                {t('championship.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="champ-form">
        <input
          className="input"
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          placeholder={t('championship.caseTitle')}
          data-testid="champ.case-title"
        />
        <textarea
          className="input"
          rows={3}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          placeholder={t('championship.caseText')}
          data-testid="champ.case-text"
        />
        <textarea
          className="input"
          rows={2}
          value={draft.links}
          onChange={(e) => setDraft({ ...draft, links: e.target.value })}
          placeholder={t('championship.caseLinks')}
          data-testid="champ.case-links"
        />
        <div className="row-gap">
          <button type="button" className="button button--primary" disabled={!draft.title.trim()} onClick={save} data-testid="champ.case-save">
            {draft.id ? t('championship.save') : t('championship.addCase')}
          </button>
          {draft.id && (
            <button type="button" className="button" onClick={() => setDraft(EMPTY)}>
              {t('championship.cancel')}
            </button>
          )}
        </div>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
    </section>
  );
}
