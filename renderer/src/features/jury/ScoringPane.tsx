import type { ReactNode } from 'react';
import { useState } from 'react';
import type { ChampionshipSnapshot, Entry, EntryKey, EntryScores, ScorerContext } from '@shared/doc/championship';
import type { PlanSnapshot } from '@shared/doc/plan';
import type { EventId, PersonId } from '@shared/ids';
import type { Room, Session } from '../../collab/rooms';
import { EntryList } from './EntryList';
import { EntryScoring } from './EntryScoring';

type Props = {
  eventId: EventId;
  session: Session;
  personId: PersonId;
  plan: PlanSnapshot;
  champ: ChampionshipSnapshot;
  entries: Entry[];
  scores: Record<EntryKey, EntryScores>;
  recused: ReadonlySet<EntryKey>;
  /** Recusals the facilitator assigned (the scorer cannot take them back). */
  assigned: ReadonlySet<EntryKey>;
  /** Rounds whose sheet is submitted or frozen: read-only. */
  closedRounds: ReadonlySet<string>;
  person: Room | null;
  scorer: ScorerContext;
  /** Shown under the list, not while an entry is being scored (the juror's page puts the results there). */
  underList?: ReactNode;
  roundFooter?: (roundId: string) => ReactNode;
};

/** The list of entries, or the one being scored: the same for a juror and for a team in peer review. */
export function ScoringPane({ entries, scores, recused, assigned, closedRounds, underList, roundFooter, ...rest }: Props) {
  const [open, setOpen] = useState<EntryKey | null>(null);
  const entry = entries.find((e) => e.key === open) ?? null;
  if (entry) {
    return (
      <EntryScoring
        {...rest}
        entry={entry}
        marks={scores[entry.key]}
        recused={recused.has(entry.key)}
        assigned={assigned.has(entry.key)}
        closed={closedRounds.has(entry.roundId)}
        onBack={() => setOpen(null)}
      />
    );
  }
  const { plan, champ } = rest;
  return (
    <>
      <EntryList
        entries={entries}
        rounds={champ.rounds}
        teams={plan.teams}
        criteria={champ.criteria}
        scores={scores}
        recused={recused}
        onOpen={setOpen}
        roundFooter={roundFooter}
      />
      {underList}
    </>
  );
}
