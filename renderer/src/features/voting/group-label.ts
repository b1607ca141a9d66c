import { useTranslation } from 'react-i18next';
import type { StakeholderGroup } from '@shared/doc/plan';
import { NO_GROUP } from '@shared/voting/tally';

/** As the join form names groups: default ids are translated, custom groups carry their own label, unknown ids show as is. */
export function useGroupLabel(groups: readonly StakeholderGroup[]): (id: string) => string {
  const { t, i18n } = useTranslation();
  return (id: string) => {
    if (id === NO_GROUP) return t('voting.noGroup');
    const label = groups.find((g) => g.id === id)?.label;
    if (label) return label;
    return i18n.exists(`group.${id}`) ? t(`group.${id}` as 'group.ngo') : id;
  };
}
