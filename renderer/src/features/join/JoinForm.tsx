import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderGroup } from '@shared/doc/plan';
import type { JoinInfo } from '@shared/protocol/api';
import { MAX_NAME } from '@shared/protocol/api';

export type JoinChoice = { name: string; group?: string; team?: string };

/** Group labels: the default groups are translated, custom ones carry their own label. */
function useGroupLabel() {
  const { t, i18n } = useTranslation();
  return (g: StakeholderGroup) => g.label ?? (i18n.exists(`group.${g.id}`) ? t(`group.${g.id}` as 'group.ngo') : g.id);
}

export function JoinForm({ info, busy, onJoin }: { info: JoinInfo; busy: boolean; onJoin: (c: JoinChoice) => void }) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel();
  const [name, setName] = useState('');
  const [group, setGroup] = useState('');
  const [team, setTeam] = useState('');
  const asParticipant = info.role === 'participant';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || busy) return;
    onJoin({ name: name.trim(), ...(group ? { group } : {}), ...(team ? { team } : {}) });
  };

  return (
    <form className="stack join-form" onSubmit={submit}>
      <label className="field">
        <span className="field__label">{t('join.name')}</span>
        <input
          className="input input--large"
          value={name}
          required
          maxLength={MAX_NAME}
          autoComplete="name"
          placeholder={t('join.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
          data-testid="join.name"
        />
      </label>
      {asParticipant && info.groups.length > 0 && (
        <label className="field">
          <span className="field__label">{t('join.group')}</span>
          <select className="input input--large" value={group} onChange={(e) => setGroup(e.target.value)} data-testid="join.group">
            <option value="">{t('join.groupNone')}</option>
            {info.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {groupLabel(g)}
              </option>
            ))}
          </select>
        </label>
      )}
      {asParticipant && info.teams.length > 0 && (
        <label className="field">
          <span className="field__label">{t('join.team')}</span>
          <select className="input input--large" value={team} onChange={(e) => setTeam(e.target.value)} data-testid="join.team">
            <option value="">{t('join.teamNone')}</option>
            {info.teams.map((tm) => (
              <option key={tm.id} value={tm.id}>
                {tm.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="button button--primary button--block button--large" disabled={busy || !name.trim()} data-testid="join.submit">
        {busy ? t('join.submitting') : t('join.submit')}
      </button>
    </form>
  );
}
