import { useTranslation } from 'react-i18next';
import type { StageMethod } from '@shared/doc/agenda';
import type { Lang } from '@shared/session/grid-templates';
import { gridTemplate, labelIn } from '@shared/session/grid-templates';

/** A method in words: the grid template's own title, or the board kind / activity from i18n. */
export function useMethodLabel(): (m: StageMethod) => string {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ru';
  return (m) => {
    if (m.kind === 'activity') return t(`agenda.activity.${m.activity}`);
    const grid = m.boardKind === 'grid' ? gridTemplate(m.template) : null;
    if (grid) return t('agenda.gridOf', { title: labelIn(grid.title, lang) });
    return t(`agenda.kind.${m.boardKind}`);
  };
}
