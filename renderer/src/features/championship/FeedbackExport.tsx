import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { fetchFile } from '../exports/fetch-file';
import { saveFetched } from '../exports/save-file';

const FORMATS = ['pdf', 'docx'] as const;
type Format = (typeof FORMATS)[number];

export const feedbackUrl = (id: EventId, teamId: string, format: Format, anonymous: boolean, lang: string) =>
  `/api/events/${encodeURIComponent(id)}/championship/feedback/${encodeURIComponent(teamId)}.${format}?lang=${lang === 'en' ? 'en' : 'ru'}${anonymous ? '&anonymous=1' : ''}`;

/** A team's feedback sheet (every juror's comment per criterion), named or anonymised, as PDF or DOCX. */
export function FeedbackExport({ eventId, token, teams }: { eventId: EventId; token: string; teams: readonly TeamInfo[] }) {
  const { t, i18n } = useTranslation();
  const [team, setTeam] = useState<string>('');
  const [anonymous, setAnonymous] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const teamId = team || teams[0]?.id || '';
  const download = async (format: Format) => {
    setBusy(true);
    setError(null);
    const got = await fetchFile(feedbackUrl(eventId, teamId, format, anonymous, i18n.language), token, new AbortController().signal, () => {});
    if (got.kind === 'failed') setError(got.error);
    if (got.kind === 'ok') {
      const r = await saveFetched(got.file, got.file.name ?? `feedback.${format}`, format);
      if (r.kind === 'saved') setSaved(r.where);
      if (r.kind === 'failed') setError(r.error);
    }
    setBusy(false);
  };
  if (teams.length === 0) return null;
  return (
    <section className="panel champ-section" data-testid="champ.feedback">
      <h3>{t('championship.feedback')}</h3>
      <p className="muted">{t('championship.feedbackHint')}</p>
      <select className="input" value={teamId} onChange={(e) => setTeam(e.target.value)} data-testid="champ.feedback-team">
        {teams.map((tm) => (
          <option key={tm.id} value={tm.id}>
            {tm.name}
          </option>
        ))}
      </select>
      <label className="check">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-testid="champ.feedback-anonymous" />
        {t('championship.feedbackAnonymous')}
      </label>
      <div className="row-gap">
        {FORMATS.map((f) => (
          <button key={f} type="button" className="button" disabled={busy} onClick={() => void download(f)} data-testid={`champ.feedback-${f}`}>
            {f.toUpperCase()}
          </button>
        ))}
      </div>
      {saved && <p className="muted">{t('championship.saved', { where: saved })}</p>}
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </section>
  );
}
