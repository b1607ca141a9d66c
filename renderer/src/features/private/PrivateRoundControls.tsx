import './private.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import { closeRound, openPrivateRound } from '@shared/doc/private';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import type { Room, Session } from '../../collab/rooms';
import { facilitatorSession } from '../../collab/session';
import type { ConsoleSlotProps } from '../console/slots';
import { isTreeBoard } from '../voting/vote-items';
import { revealOnHost } from '../voting/voting-api';
import { MissingNames } from '../missing/MissingNames';
import { usePrivateRound } from './use-private';

/**
 * The facilitator's private round on the open board: open it (anonymous or named), reveal (the host
 * puts every private card on the board in one update), reopen for a second pass. Nobody's private
 * cards — not even their number — reach the console before the reveal: they live in person rooms.
 */
export function PrivateRoundControls({ eventId, plan, board }: ConsoleSlotProps) {
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  // Audience and 2×2 boards take answers in person rooms already: a private round there would mean nothing.
  if (!board || !session || isTreeBoard(board) || board.audience || board.kind === 'matrix') return null;
  return <Controls key={board.id} eventId={eventId} session={session} plan={plan} board={board} />;
}

function Controls({ eventId, session, plan, board }: { eventId: EventId; session: Session; plan: Room; board: BoardInfo }) {
  const { t } = useTranslation();
  const round = usePrivateRound(plan, board.id);
  const [anonymous, setAnonymous] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const open = () => {
    setAdded(null);
    openPrivateRound(plan.doc, board.id, { anonymous }, LOCAL_ORIGIN);
  };
  const reveal = async () => {
    setBusy(true);
    setError(null);
    const r = await revealOnHost(session.token, eventId, board.id);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const n = (r.value as { added?: unknown } | null)?.added;
    setAdded(typeof n === 'number' ? n : null);
  };
  const state = round?.state ?? 'none';

  return (
    <div className="private-controls" data-testid="private.controls" data-state={state} data-board-id={board.id}>
      <span className="private-controls__label">{t('privateRound.title')}</span>
      {state === 'open' && round ? (
        <>
          <span className="private-controls__status" data-testid="private.status">
            {t('privateRound.stateOpen', { board: board.title })} · {round.anonymous ? t('privateRound.anonymousOn') : t('privateRound.namedOn')}
          </span>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void reveal()} data-testid="private.reveal">
            {busy ? t('privateRound.revealing') : t('privateRound.reveal')}
          </button>
          <MissingNames token={session.token} eventId={eventId} target={{ kind: 'round', boardId: board.id }} />
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => closeRound(plan.doc, board.id, LOCAL_ORIGIN)}
            data-testid="private.cancel"
          >
            {t('privateRound.cancel')}
          </button>
        </>
      ) : (
        <>
          {round && (
            <span className="private-controls__status" data-testid="private.status">
              {t('privateRound.stateRevealed', { count: round.revealedCount })}
              {added !== null && ` · ${t('privateRound.added', { count: added })}`}
            </span>
          )}
          <label className="check">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-testid="private.anonymous" />
            {t('privateRound.anonymous')}
          </label>
          <button type="button" className="button button--primary" onClick={open} data-testid={round ? 'private.reopen' : 'private.open'}>
            {round ? t('privateRound.reopen') : t('privateRound.open')}
          </button>
        </>
      )}
      {error && (
        <p className="notice notice--error private-controls__error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
    </div>
  );
}
