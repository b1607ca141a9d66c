import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { TeamInfo } from '@shared/doc/plan';
import { addBoard } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId, TeamId } from '@shared/ids';
import { useMethodLabel } from '../agenda/method-label';
import { METHOD_VALUES, valueToMethod } from '../agenda/method-options';

type Props = { doc: Y.Doc; teams: TeamInfo[]; stageId: string | null; onAdded(id: BoardId): void };

/** A board of any kind and template, outside the agenda's automatic copies (or added to the selected stage). */
export function AddBoardForm({ doc, teams, stageId, onAdded }: Props) {
  const { t } = useTranslation();
  const methodLabel = useMethodLabel();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState(METHOD_VALUES[0]!);
  const [team, setTeam] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = valueToMethod(kind, false);
    if (!title.trim() || m.kind !== 'board') return;
    const teamId = (team || null) as TeamId | null;
    const id = addBoard(doc, { title: title.trim(), kind: m.boardKind, template: m.template, teamId, writers: teamId ? 'team' : 'all', stageId }, LOCAL_ORIGIN);
    setTitle('');
    onAdded(id);
  };
  return (
    <form className="add-board" onSubmit={submit}>
      <input
        className="input"
        value={title}
        maxLength={200}
        placeholder={t('console.boardTitle')}
        aria-label={t('console.boardTitle')}
        onChange={(e) => setTitle(e.target.value)}
        data-testid="console.board-title"
      />
      <select className="input" value={kind} aria-label={t('console.boardKind')} onChange={(e) => setKind(e.target.value)} data-testid="console.board-kind">
        {METHOD_VALUES.filter((v) => !v.startsWith('activity:')).map((v) => (
          <option key={v} value={v}>
            {methodLabel(valueToMethod(v, false))}
          </option>
        ))}
      </select>
      <select className="input" value={team} aria-label={t('console.boardTeam')} onChange={(e) => setTeam(e.target.value)} data-testid="console.board-team">
        <option value="">{t('console.allTeams')}</option>
        {teams.map((tm) => (
          <option key={tm.id} value={tm.id}>
            {tm.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" disabled={!title.trim()} data-testid="console.board-add">
        {t('console.addBoard')}
      </button>
    </form>
  );
}
