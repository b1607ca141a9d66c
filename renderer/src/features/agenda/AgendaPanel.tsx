import './agenda.css';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Stage, StageId } from '@shared/doc/agenda';
import { addStage, applyAgendaTemplate } from '@shared/doc/agenda';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { STRATEGY_AGENDA } from '@shared/session/agenda-template';
import { StageForm } from './StageForm';
import { StageRow } from './StageRow';

type Props = { doc: Y.Doc; stages: Stage[]; selectedId: string | null; onSelect(id: StageId): void };

/** The agenda: the seeds' strategy template in one click, or stages by hand. */
export function AgendaPanel({ doc, stages, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  return (
    <section className="panel agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      {stages.length === 0 && (
        <div className="agenda__empty">
          <p className="muted">{t('agenda.empty')}</p>
          <button
            type="button"
            className="button button--primary button--block"
            onClick={() => applyAgendaTemplate(doc, STRATEGY_AGENDA, lang, LOCAL_ORIGIN)}
            data-testid="agenda.template"
          >
            {t('agenda.useTemplate')}
          </button>
        </div>
      )}
      <ol className="agenda__list">
        {stages.map((s, i) => (
          <StageRow key={s.id} doc={doc} stage={s} index={i} count={stages.length} selected={s.id === selectedId} onSelect={() => onSelect(s.id)} />
        ))}
      </ol>
      <details className="agenda__add">
        <summary data-testid="agenda.add-open">{t('agenda.addStage')}</summary>
        <StageForm onSave={(s) => addStage(doc, s, LOCAL_ORIGIN)} />
      </details>
    </section>
  );
}
