import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/ids';
import { usePlan } from '../../collab/hooks';
import type { Room } from '../../collab/rooms';
import { currentLanguage } from '../../i18n';
import { usePlanVotes } from '../voting/use-voting';
import type { ExportItem, ExportSection } from './export-catalog';
import { EXPORT_SECTIONS, exportCatalog } from './export-catalog';
import { ExportRow } from './ExportRow';
import { jobKey, useExports } from './exports-store';

type Props = { eventId: EventId; plan: Room; token: string; onClose(): void };
type Lang = 'ru' | 'en';
const LANGS: readonly Lang[] = ['ru', 'en'];

/**
 * Everything this event can be exported as, in a modal dialog. Jobs live in the store, not here:
 * closing the dialog does not stop a download, and reopening it shows where each one is.
 */
export function ExportsDialog({ eventId, plan, token, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const snapshot = usePlan(plan);
  const votes = usePlanVotes(plan);
  const [lang, setLang] = useState<Lang>(currentLanguage);
  const jobs = useExports((s) => s.jobs);
  const { start, cancel } = useExports.getState();
  const items = exportCatalog(snapshot, votes);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const section = (s: ExportSection, list: ExportItem[]) => (
    <section key={s} className="exports__section" aria-labelledby={`exports-${s}`} data-testid="exports.section" data-section={s}>
      <h3 id={`exports-${s}`}>{t(`exports.section.${s}`)}</h3>
      {list.length === 0 ? (
        <p className="muted">{t(`exports.empty.${s}`)}</p>
      ) : (
        <ul className="exports__list">
          {list.map((item) => (
            <ExportRow
              key={item.key}
              item={item}
              job={jobs[jobKey(eventId, item.key)]}
              onDownload={(format) => void start({ eventId, token, key: item.key, target: item.target, format, lang, title: item.title || snapshot.title })}
              onCancel={() => cancel(eventId, item.key)}
            />
          ))}
        </ul>
      )}
    </section>
  );

  return (
    // Escape closes a modal <dialog> natively; onClose keeps the store in step with it.
    <dialog ref={ref} className="exports" aria-labelledby="exports-title" onClose={onClose} data-testid="exports.dialog">
      <header className="exports__header">
        <h2 id="exports-title">{t('exports.title')}</h2>
        <div className="exports__lang" role="group" aria-label={t('exports.language')}>
          <span className="toolbar__label">{t('exports.language')}</span>
          {LANGS.map((l) => (
            <button key={l} type="button" className="seg" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)} data-testid={`exports.lang-${l}`}>
              {t(`exports.lang.${l}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button button--small" onClick={() => ref.current?.close()} data-testid="exports.close">
          {t('exports.close')}
        </button>
      </header>
      <p className="muted exports__intro">{t('exports.intro')}</p>
      <div className="exports__sections">
        {EXPORT_SECTIONS.map((s) =>
          section(
            s,
            items.filter((i) => i.section === s),
          ),
        )}
      </div>
    </dialog>
  );
}
