import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChampionshipSnapshot, Criterion, Entry, EntryScores } from '@shared/doc/championship';
import type { ScorerContext } from '@shared/doc/championship';
import { setMyRecusal, setScore } from '@shared/doc/championship';
import type { BoardInfo, PlanSnapshot } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventId, PersonId } from '@shared/ids';
import type { Room, Session } from '../../collab/rooms';
import { BoardView } from '../board/BoardView';
import { CriterionInput } from './CriterionInput';
import { formatScore } from '@shared/championship/number-format';
import { weightedPreview } from './jury-rules';

type Props = {
  eventId: EventId;
  session: Session;
  personId: PersonId;
  plan: PlanSnapshot;
  champ: ChampionshipSnapshot;
  entry: Entry;
  marks: EntryScores | undefined;
  recused: boolean;
  /** The facilitator assigned this recusal. */
  assigned: boolean;
  /** The sheet of this round is submitted (or the round revealed): read-only. */
  closed: boolean;
  person: Room | null;
  /** A juror, or in peer review a member of a team (who never gets their own team's entry). */
  scorer: ScorerContext;
  onBack(): void;
};

/** The round's solution boards of a team; the plan's team boards when the round recorded none. */
function solutionBoards(plan: PlanSnapshot, champ: ChampionshipSnapshot, entry: Entry): BoardInfo[] {
  const round = champ.rounds.find((r) => r.id === entry.roundId);
  const ids = Object.entries(round?.boards ?? {}).flatMap(([b, tm]) => (tm === entry.teamId ? [b] : []));
  const boards = ids.length > 0 ? plan.boards.filter((b) => ids.includes(b.id)) : plan.boards.filter((b) => b.teamId === entry.teamId);
  // A team-only board is never synced to a juror (shared/access.ts); offering it would show an empty box.
  return boards.filter((b) => b.visibility === 'all');
}

/** One entry: the team's boards (read-only), a form per criterion, and the recusal switch. */
export function EntryScoring({ eventId, session, personId, plan, champ, entry, marks, recused, assigned, closed, person, scorer, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const team = plan.teams.find((tm) => tm.id === entry.teamId);
  const round = champ.rounds.find((r) => r.id === entry.roundId);
  const boards = solutionBoards(plan, champ, entry);
  const [showBoards, setShowBoards] = useState(false);
  const write = (c: Criterion, score: number | null, comment: string) => {
    if (person && !closed) setScore(person.doc, scorer, entry, c, score, comment, LOCAL_ORIGIN);
  };
  const preview = weightedPreview(marks, champ.criteria);
  return (
    <section className="jury-entry-view" data-testid="jury.entry-view" data-entry-key={entry.key}>
      <button type="button" className="button button--small" onClick={onBack} data-testid="jury.back">
        {t('jury.back')}
      </button>
      <h2 className="jury-entry-view__team" style={{ borderColor: team?.color }}>
        {team?.name ?? '—'}
      </h2>
      {round && <p className="muted">{round.title}</p>}
      {boards.length > 0 && (
        <details className="jury-boards" onToggle={(e) => setShowBoards(e.currentTarget.open)}>
          <summary data-testid="jury.boards">{t('jury.boards', { count: boards.length })}</summary>
          {/* Boards sync and render only when opened: three tree/passport rooms per entry are heavy on a phone. */}
          {showBoards &&
            boards.map((b) => (
              <div key={b.id} className="jury-boards__board">
                <h3>{b.title}</h3>
                <BoardView
                  eventId={eventId}
                  session={session}
                  board={b}
                  viewer={{ personId, name: '', facilitator: false, teamId: null }}
                  mode="participant"
                  showAuthors={plan.showAuthors}
                  readOnly
                />
              </div>
            ))}
        </details>
      )}
      <button
        type="button"
        className={`button button--block${recused ? ' button--primary' : ''}`}
        disabled={assigned || !person || closed}
        aria-pressed={recused}
        onClick={() => person && setMyRecusal(person.doc, entry.key, !recused, LOCAL_ORIGIN)}
        data-testid="jury.recuse"
      >
        {recused ? t('jury.unrecuse') : t('jury.recuse')}
      </button>
      {closed && (
        <p className="notice" data-testid="jury.closed-note">
          {t('jury.closedNote')}
        </p>
      )}
      {recused ? (
        <p className="notice" data-testid="jury.recused-note">
          {assigned ? t('jury.recusedByFacilitator') : t('jury.recusedNote')}
        </p>
      ) : (
        <div className="jury-form">
          {champ.criteria.map((c) => (
            <CriterionInput
              key={c.id}
              criterion={c}
              mark={marks?.[c.id]}
              disabled={!person || closed}
              commentRequired={champ.settings.requireComments}
              onChange={(s, comment) => write(c, s, comment)}
            />
          ))}
          {preview !== null && (
            <p className="jury-form__total" data-testid="jury.entry-total">
              {t('jury.entryTotal', { value: formatScore(preview, i18n.language === 'en' ? 'en' : 'ru') })}
            </p>
          )}
          <button type="button" className="button button--primary button--block button--large" onClick={onBack} data-testid="jury.done">
            {t('jury.doneEntry')}
          </button>
        </div>
      )}
    </section>
  );
}
