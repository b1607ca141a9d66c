import './history.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import type { Session } from '../../collab/rooms';
import { facilitatorSession } from '../../collab/session';
import type { ConsoleSlotProps } from '../console/slots';
import type { Listing, Point, Preview } from './history-api';
import { historyApi } from './history-api';
import { PreviewDialog, formatWhen } from './PreviewDialog';
import { fetchFile } from '../exports/fetch-file';
import { saveFetched } from '../exports/save-file';

/** While the panel is open, the timeline is read again this often (points are also taken by the host on its own). */
const REFRESH_MS = 15_000;

/**
 * The open board's history in the console: a timeline of restore points (when, who, why, how many
 * cards/nodes changed since the point before), a read-only preview of any point, restore with a
 * confirm (the host saves the present first, so a restore is undone by restoring that point), and
 * "undo everything one person did since a point". Every action is the host's; this only asks.
 */
export function HistoryPanel({ eventId, board }: ConsoleSlotProps) {
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  if (!board || !session) return null;
  return <Panel key={board.id} eventId={eventId} session={session} board={board} />;
}

function Panel({ eventId, session, board }: { eventId: EventId; session: Session; board: BoardInfo }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  const load = useCallback(async () => {
    const r = await historyApi.list(session.token, eventId, board.id);
    if (r.ok) {
      setListing(r.value);
      setError(null);
    } else setError(r.error);
  }, [session.token, eventId, board.id]);

  useEffect(() => {
    if (!open) return;
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [open, load]);

  const act = async <T,>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>, done: (v: T) => void) => {
    setBusy(true);
    setError(null);
    const r = await run();
    setBusy(false);
    if (!r.ok) return setError(r.error);
    done(r.value);
    await load();
  };

  const points = listing ? [...listing.points].reverse() : [];
  const when = (p: Point) => formatWhen(p.at, lang);

  return (
    <section className="panel history-panel" aria-labelledby="history-panel-title" data-testid="history.panel" data-board-id={board.id}>
      <div className="row-between">
        <h2 id="history-panel-title">{t('history.title')}</h2>
        <button type="button" className="button button--small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="history.toggle">
          {open ? t('history.hide') : t('history.show')}
        </button>
      </div>
      {open && (
        <>
          <p className="muted history-panel__board">{t('history.board', { board: board.title })}</p>
          <div className="history-panel__actions">
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() =>
                void act(
                  () => historyApi.take(session.token, eventId, board.id),
                  () => setStatus(null),
                )
              }
              data-testid="history.take"
            >
              {t('history.take')}
            </button>
            <button type="button" className="button button--small" disabled={busy} onClick={() => void load()} data-testid="history.refresh">
              {t('history.refresh')}
            </button>
          </div>
          {error && (
            <p className="notice notice--error" role="alert" data-testid="history.error">
              {describeApiError(t, error)}
            </p>
          )}
          {status && (
            <p className="notice" role="status" data-testid="history.status">
              {status}
            </p>
          )}
          {!listing ? (
            <p className="muted">{t('history.loading')}</p>
          ) : points.length === 0 ? (
            <p className="muted">{t('history.empty')}</p>
          ) : (
            <ol className="history-timeline" aria-label={t('history.timeline')} data-testid="history.timeline">
              {points.map((p) => (
                <li key={p.id} className="history-point" data-testid="history.point" data-reason={p.reason} data-point-id={p.id}>
                  <div className="history-point__head">
                    <time dateTime={new Date(p.at).toISOString()} className="history-point__when">
                      {when(p)}
                    </time>
                    <span className={`history-point__reason history-point__reason--${p.reason}`}>
                      {t(`history.reason.${p.reason}`, { defaultValue: p.reason })}
                    </span>
                  </div>
                  <div className="history-point__meta muted">
                    {p.by && p.by !== 'host' ? t('history.by', { name: p.by }) : t('history.byHost')} ·{' '}
                    <span data-testid="history.changed">
                      {p.changed === null ? t('history.changedFirst') : t('history.changedCount', { count: p.changed })}
                    </span>{' '}
                    · {t('history.totals', { cards: p.cards, nodes: p.nodes })}
                  </div>
                  <div className="history-point__actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={busy}
                      onClick={() => void act(() => historyApi.preview(session.token, eventId, board.id, p.id), setPreview)}
                      data-testid="history.preview"
                    >
                      {t('history.preview')}
                    </button>
                    <button type="button" className="button button--small" disabled={busy} onClick={() => setConfirming(p.id)} data-testid="history.restore">
                      {t('history.restore')}
                    </button>
                  </div>
                  {confirming === p.id && (
                    <div className="history-confirm" role="group" data-testid="history.confirm">
                      <p>{t('history.confirm', { board: board.title, when: when(p) })}</p>
                      <div className="history-point__actions">
                        <button
                          type="button"
                          className="button button--danger button--small"
                          disabled={busy}
                          onClick={() =>
                            void act(
                              () => historyApi.restore(session.token, eventId, board.id, p.id),
                              (v) => {
                                setConfirming(null);
                                setStatus(t('history.restored', { when: when(p), count: v.changed }));
                              },
                            )
                          }
                          data-testid="history.confirm-restore"
                        >
                          {t('history.confirmYes')}
                        </button>
                        <button type="button" className="button button--small" onClick={() => setConfirming(null)} data-testid="history.confirm-cancel">
                          {t('history.cancel')}
                        </button>
                      </div>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
          {listing && (
            <UndoPerson
              eventId={eventId}
              session={session}
              board={board}
              listing={listing}
              lang={lang}
              onDone={async () => {
                setStatus(null);
                await load();
              }}
            />
          )}
          <AuditExport eventId={eventId} session={session} lang={lang === 'en' ? 'en' : 'ru'} />
        </>
      )}
      {preview && <PreviewDialog preview={preview} board={board} lang={lang} onClose={() => setPreview(null)} />}
    </section>
  );
}

type UndoProps = { eventId: EventId; session: Session; board: BoardInfo; listing: Listing; lang: string; onDone(): Promise<void> };

/** "Undo everything person X did on this board since a point": X from those who wrote here, the point from the timeline. */
function UndoPerson({ eventId, session, board, listing, lang, onDone }: UndoProps) {
  const { t } = useTranslation();
  const [person, setPerson] = useState('');
  const [since, setSince] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<string[] | null>(null);
  const writer = listing.writers.find((w) => w.personId === person);
  const point = listing.points.find((p) => p.id === since);
  const run = async () => {
    if (!writer || !point) return;
    setBusy(true);
    setError(null);
    const r = await historyApi.undoPerson(session.token, eventId, board.id, writer.personId, point.at);
    setBusy(false);
    setConfirming(false);
    if (!r.ok) return setError(r.error);
    const lines: string[] = [t('history.undo.done', { count: r.value.restored.length })];
    if (r.value.skipped.length > 0) lines.push(t('history.undo.skipped', { count: r.value.skipped.length }));
    if (r.value.incomplete) lines.push(t('history.undo.incomplete', { when: formatWhen(listing.attributionSince, lang) }));
    setResult(lines);
    await onDone();
  };
  return (
    <details className="history-undo" data-testid="history.undo">
      <summary>{t('history.undo.title')}</summary>
      <p className="muted">{t('history.undo.intro')}</p>
      {listing.writers.length === 0 ? (
        <p className="muted">{t('history.undo.noWriters')}</p>
      ) : (
        <div className="history-undo__form">
          <label className="field">
            <span>{t('history.undo.person')}</span>
            <select className="input" value={person} onChange={(e) => (setPerson(e.target.value), setConfirming(false))} data-testid="history.undo-person">
              <option value="">{t('history.undo.pick')}</option>
              {listing.writers.map((w) => (
                <option key={w.personId} value={w.personId}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('history.undo.since')}</span>
            <select className="input" value={since} onChange={(e) => (setSince(e.target.value), setConfirming(false))} data-testid="history.undo-since">
              <option value="">{t('history.undo.pick')}</option>
              {[...listing.points].reverse().map((p) => (
                <option key={p.id} value={p.id}>
                  {formatWhen(p.at, lang)} · {t(`history.reason.${p.reason}`, { defaultValue: p.reason })}
                </option>
              ))}
            </select>
          </label>
          {!confirming ? (
            <button
              type="button"
              className="button button--small"
              disabled={!writer || !point || busy}
              onClick={() => setConfirming(true)}
              data-testid="history.undo-run"
            >
              {t('history.undo.run')}
            </button>
          ) : (
            <div className="history-confirm" role="group">
              <p>{t('history.undo.confirm', { name: writer?.name ?? '', when: point ? formatWhen(point.at, lang) : '' })}</p>
              <div className="history-point__actions">
                <button
                  type="button"
                  className="button button--danger button--small"
                  disabled={busy}
                  onClick={() => void run()}
                  data-testid="history.undo-confirm"
                >
                  {t('history.confirmYes')}
                </button>
                <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
                  {t('history.cancel')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
      {result && (
        <p className="notice" role="status" data-testid="history.undo-result">
          {result.join(' ')}
        </p>
      )}
    </details>
  );
}

/** The event's audit log (every board, plus actions on people) as CSV or JSON, in the console's language. */
function AuditExport({ eventId, session, lang }: { eventId: EventId; session: Session; lang: 'ru' | 'en' }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const download = async (format: 'csv' | 'json') => {
    setBusy(true);
    setError(null);
    const url = `/api/events/${encodeURIComponent(eventId)}/export/audit.${format}?lang=${lang}`;
    const r = await fetchFile(url, session.token, new AbortController().signal, () => {});
    if (r.kind === 'ok') {
      const saved = await saveFetched(r.file, r.file.name ?? `audit.${format}`, format);
      if (saved.kind === 'failed') setError(saved.error);
    } else if (r.kind === 'failed') setError(r.error);
    setBusy(false);
  };
  return (
    <div className="history-audit" data-testid="history.audit">
      <span>{t('history.audit')}</span>
      {(['csv', 'json'] as const).map((f) => (
        <button key={f} type="button" className="button button--small" disabled={busy} onClick={() => void download(f)} data-testid={`history.audit-${f}`}>
          {f.toUpperCase()}
        </button>
      ))}
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
    </div>
  );
}
