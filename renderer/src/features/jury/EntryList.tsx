import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, Entry, EntryKey, EntryScores, Round } from '@shared/doc/championship';
import { entryComplete } from '@shared/doc/championship';
import type { TeamInfo } from '@shared/doc/plan';

type Props = {
  entries: Entry[];
  rounds: Round[];
  teams: TeamInfo[];
  criteria: Criterion[];
  scores: Record<EntryKey, EntryScores>;
  recused: ReadonlySet<EntryKey>;
  onOpen(key: EntryKey): void;
  /** Under each round's entries: the juror's "submit my sheet". */
  roundFooter?: (roundId: string) => ReactNode;
};

type EntryState = 'done' | 'partial' | 'todo' | 'recused';

const stateOf = (marks: EntryScores | undefined, criteria: Criterion[], recused: boolean): EntryState =>
  recused ? 'recused' : entryComplete(marks, criteria) ? 'done' : marks && Object.keys(marks).length > 0 ? 'partial' : 'todo';

/** Entries grouped by round, each a big button with how far this juror has got with it. */
export function EntryList({ entries, rounds, teams, criteria, scores, recused, onOpen, roundFooter }: Props) {
  const { t } = useTranslation();
  return (
    <div className="jury-list">
      {rounds.map((r) => {
        const mine = entries.filter((e) => e.roundId === r.id);
        if (mine.length === 0) return null;
        return (
          <section key={r.id} className="jury-list__round" data-testid="jury.round" data-round-id={r.id}>
            <h2 className="jury-list__title">{r.title}</h2>
            <ul className="jury-list__entries">
              {mine.map((e) => {
                const team = teams.find((tm) => tm.id === e.teamId);
                const marks = scores[e.key];
                const state = stateOf(marks, criteria, recused.has(e.key));
                const n = criteria.filter((c) => marks?.[c.id] !== undefined).length;
                return (
                  <li key={e.key}>
                    <button
                      type="button"
                      className={`jury-entry jury-entry--${state}`}
                      onClick={() => onOpen(e.key)}
                      data-testid="jury.entry"
                      data-entry-key={e.key}
                      data-state={state}
                    >
                      <span className="jury-entry__team" style={{ borderColor: team?.color }}>
                        {team?.name ?? '—'}
                      </span>
                      <span className="jury-entry__state">
                        {state === 'recused' ? t('jury.recused') : t('jury.criteriaDone', { n, total: criteria.length })}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {roundFooter?.(r.id)}
          </section>
        );
      })}
    </div>
  );
}
