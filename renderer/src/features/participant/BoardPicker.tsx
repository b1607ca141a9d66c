import { useTranslation } from 'react-i18next';
import type { BoardInfo, TeamInfo } from '@shared/doc/plan';
import type { BoardId } from '@shared/ids';

/** The boards a participant may open, when the facilitator is not leading everyone to one; `none` names the empty choice (the poster gallery). */
export function BoardPicker({
  boards,
  teams,
  value,
  onPick,
  none,
}: {
  boards: BoardInfo[];
  teams: TeamInfo[];
  value: BoardId | null;
  onPick(id: BoardId | null): void;
  none?: string;
}) {
  const { t } = useTranslation();
  const label = (b: BoardInfo) => {
    const team = teams.find((tm) => tm.id === b.teamId);
    // Stage copies already carry the team in their title ("Stage — Team").
    return team && !b.title.includes(team.name) ? `${b.title} (${team.name})` : b.title;
  };
  return (
    <label className="field">
      <span className="field__label">{t('participant.board')}</span>
      <select
        className="input"
        value={value ?? ''}
        onChange={(e) => onPick(e.target.value ? (e.target.value as BoardId) : null)}
        data-testid="participant.board-picker"
      >
        {(value === null || none !== undefined) && <option value="">{none ?? '—'}</option>}
        {boards.map((b) => (
          <option key={b.id} value={b.id}>
            {label(b)}
          </option>
        ))}
      </select>
    </label>
  );
}
