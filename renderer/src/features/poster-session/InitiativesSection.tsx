import { useTranslation } from 'react-i18next';
import type { TeamInfo } from '@shared/doc/plan';
import { showBoard } from '@shared/doc/session';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId, EventId } from '@shared/ids';
import type { PosterSlot } from '@shared/posters/session-doc';
import { boardRoom, resultsRoom } from '@shared/protocol/rooms';
import { useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import { usePoster } from '../posters/use-poster';
import { offerCounts } from './session-rules';
import type { TabProps } from './tab-props';
import { useCommentCount, useInbox } from './use-poster-session';

/** Each initiative: its poster and offers inbox (opened in the console's main area), how many comments and offers reached it. */
export function InitiativesSection({ eventId, session, plan, snapshot, posters, onOpened }: TabProps & { onOpened(): void }) {
  const { t } = useTranslation();
  const results = useRoom(session, resultsRoom(eventId));
  const open = (id: BoardId) => {
    showBoard(plan.doc, id, LOCAL_ORIGIN);
    onOpened();
  };
  return (
    <section className="panel ps-section ps-section--wide" data-testid="posterSession.initiatives">
      <h3>{t('posterConsole.initiatives.title')}</h3>
      {snapshot.teams.length === 0 && <p className="muted">{t('posterConsole.setup.noTeams')}</p>}
      {snapshot.teams.length > 0 && (
        <table className="ps-table">
          <thead>
            <tr>
              <th scope="col">{t('posterConsole.initiatives.name')}</th>
              <th scope="col">{t('posterConsole.initiatives.comments')}</th>
              <th scope="col">{t('posterConsole.initiatives.offers')}</th>
              <th scope="col">{t('posterConsole.initiatives.open')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.teams.map((tm) => {
              const slot = posters.slots.find((s) => s.teamId === tm.id) ?? null;
              const locked = slot ? (snapshot.boards.find((b) => b.id === slot.poster)?.locked ?? false) : false;
              return slot ? (
                <InitiativeRow key={tm.id} eventId={eventId} session={session} results={results} team={tm} slot={slot} locked={locked} onOpen={open} />
              ) : (
                <tr key={tm.id} data-testid="posterSession.initiative" data-team-id={tm.id} data-ready="false">
                  <th scope="row">{tm.name}</th>
                  <td colSpan={3} className="muted">
                    {t('posterConsole.initiatives.noPoster')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

type RowProps = { eventId: EventId; session: Session; results: Room | null; team: TeamInfo; slot: PosterSlot; locked: boolean; onOpen(id: BoardId): void };

function InitiativeRow({ eventId, session, results, team, slot, locked, onOpen }: RowProps) {
  const { t } = useTranslation();
  const poster = usePoster(useRoom(session, boardRoom(eventId, slot.poster)));
  const comments = useCommentCount(results, slot.poster);
  const offers = offerCounts(useInbox(session, eventId, slot.inbox));
  const name = poster.name.trim() || team.name;
  return (
    <tr data-testid="posterSession.initiative" data-team-id={team.id} data-ready="true" data-locked={locked}>
      <th scope="row" className="ps-table__name">
        <span className="ps-swatch" style={{ background: team.color }} aria-hidden="true" />
        <span>
          <strong>{name}</strong>
          {name !== team.name && <span className="muted ps-table__team">{team.name}</span>}
          {locked && <span className="badge">{t('posterConsole.initiatives.locked')}</span>}
        </span>
      </th>
      <td data-testid="posterSession.comments" data-count={comments}>
        {comments}
      </td>
      <td data-testid="posterSession.offers" data-count={offers.total} data-new={offers.fresh}>
        {offers.total}
        {offers.fresh > 0 && <span className="badge badge--mine">{t('posterConsole.initiatives.newOffers', { count: offers.fresh })}</span>}
      </td>
      <td className="ps-table__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => onOpen(slot.poster)}
          data-testid="posterSession.open-poster"
          aria-label={t('posterConsole.initiatives.openPosterOf', { name })}
        >
          {t('posterConsole.initiatives.poster')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onOpen(slot.inbox)}
          data-testid="posterSession.open-inbox"
          aria-label={t('posterConsole.initiatives.openInboxOf', { name })}
        >
          {t('posterConsole.initiatives.inbox')}
        </button>
      </td>
    </tr>
  );
}
