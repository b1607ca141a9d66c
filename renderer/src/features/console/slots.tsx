/**
 * Mount points the console offers to features built elsewhere (voting, private rounds, exports,
 * the poster session, the championship). A feature adds its component to one of the lists below
 * and the console renders whatever is listed, so the console never needs to know the features.
 */
import type { ComponentType } from 'react';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import type { Room } from '../../collab/rooms';
import { ChampionshipPanel } from '../championship/ChampionshipPanel';
import { ExportsToolbar } from '../exports/ExportsToolbar';
import { HistoryPanel } from '../history/HistoryPanel';
import { PosterSessionPanel } from '../poster-session/PosterSessionPanel';
import { PrivateRoundControls } from '../private/PrivateRoundControls';
import { VotingConsolePanel } from '../voting/VotingConsolePanel';

export type ConsoleSlotProps = {
  eventId: EventId;
  /** The plan room (facilitator: writable). */
  plan: Room;
  /** The board open in the console's main area, if any. */
  board: BoardInfo | null;
};

/** Small controls shown above the open board (e.g. private round open/reveal). */
export const CONSOLE_TOOLBAR: ComponentType<ConsoleSlotProps>[] = [PrivateRoundControls, ExportsToolbar];

/** Panels in the console's side column (e.g. the vote panel). */
export const CONSOLE_PANELS: ComponentType<ConsoleSlotProps>[] = [ChampionshipPanel, PosterSessionPanel, VotingConsolePanel, HistoryPanel];
