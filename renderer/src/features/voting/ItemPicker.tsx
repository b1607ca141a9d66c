import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import type { Session } from '../../collab/rooms';
import { useBoardItems } from './use-voting';
import { toggleAll } from './vote-items';

type Props = {
  eventId: EventId;
  session: Session;
  boards: readonly BoardInfo[];
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
};

/**
 * Every board of the event, each folded until opened: a board's room is synced only while it is
 * open here, so an event with forty team boards does not open forty sockets to pick five cards.
 */
export function ItemPicker({ eventId, session, boards, selected, onChange }: Props) {
  return (
    <div className="vote-picker" data-testid="vote.picker">
      {boards.map((b) => (
        <BoardSection key={b.id} eventId={eventId} session={session} board={b} selected={selected} onChange={onChange} />
      ))}
    </div>
  );
}

function BoardSection({ board, ...rest }: Omit<Props, 'boards'> & { board: BoardInfo }) {
  const [open, setOpen] = useState(false);
  const picked = [...rest.selected].filter((k) => k.startsWith(`${board.id}:`)).length;
  const { t } = useTranslation();
  return (
    <details className="vote-picker__board" data-testid="vote.pick-board" data-board-id={board.id} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {board.title || board.id}
        {picked > 0 && <span className="vote-picker__count">{t('voting.selected', { count: picked })}</span>}
      </summary>
      {open && <BoardItems board={board} {...rest} />}
    </details>
  );
}

function BoardItems({ eventId, session, board, selected, onChange }: Omit<Props, 'boards'> & { board: BoardInfo }) {
  const { t } = useTranslation();
  const { items, room } = useBoardItems(session, eventId, board);
  if (!room) return <p className="muted">{t('voting.loadingItems')}</p>;
  if (items.length === 0) return <p className="muted">{t('voting.noItems')}</p>;
  const all = items.every((i) => selected.has(i.key));
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  return (
    <ul className="vote-picker__items">
      <li>
        <button type="button" className="button button--small" onClick={() => onChange(toggleAll(selected, items))} data-testid="vote.pick-all">
          {all ? t('voting.unselectAll') : t('voting.selectAll')}
        </button>
      </li>
      {items.map((i) => (
        <li key={i.key}>
          <label className="vote-picker__item">
            <input type="checkbox" checked={selected.has(i.key)} onChange={() => toggle(i.key)} data-testid="vote.pick-item" data-key={i.key} />
            <span>{i.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
