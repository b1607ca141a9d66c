import type { BoardInfo, TeamInfo } from '@shared/doc/plan';
import type { PosterSlot } from '@shared/posters/session-doc';

export type GalleryEntry = { slot: PosterSlot; board: BoardInfo; team: TeamInfo | null; mine: boolean };

/**
 * The gallery's posters in the order a visitor walks them: the person's own initiative first (that
 * is where they edit and answer), then the walk order (`stands`: shared/posters/gallery.ts walkOrder),
 * then any poster whose team is not a stand. A slot whose poster board is gone is not listed.
 */
export function galleryEntries(
  slots: readonly PosterSlot[],
  boards: readonly BoardInfo[],
  teams: readonly TeamInfo[],
  stands: readonly string[],
  myTeamId: string | null,
): GalleryEntry[] {
  const rank = (teamId: string) => {
    if (teamId === myTeamId) return -1;
    const i = stands.indexOf(teamId);
    return i < 0 ? stands.length : i;
  };
  const entries: GalleryEntry[] = [];
  for (const slot of slots) {
    const board = boards.find((b) => b.id === slot.poster);
    if (!board) continue;
    entries.push({ slot, board, team: teams.find((t) => t.id === slot.teamId) ?? null, mine: slot.teamId === myTeamId });
  }
  return entries.sort((a, b) => rank(a.slot.teamId) - rank(b.slot.teamId) || (a.board.title < b.board.title ? -1 : a.board.title > b.board.title ? 1 : 0));
}
