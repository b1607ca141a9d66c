/**
 * Stages: the final's teams are the qualifier's top N by its frozen places. When the N-th and the
 * (N+1)-th place share a rank, the cut falls inside a tie: the tied teams are shown and the chair picks
 * which of them go through (exactly as many as there are places left).
 */

export type PlacedRow = { teamId: string; rank: number };
export type Cut = { sure: string[]; tied: string[]; slots: number };

export function cutAt(rows: readonly PlacedRow[], top: number): Cut {
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  if (top >= sorted.length) return { sure: sorted.map((r) => r.teamId), tied: [], slots: 0 };
  const edge = sorted[top - 1]!.rank;
  if (sorted[top]!.rank !== edge) return { sure: sorted.slice(0, top).map((r) => r.teamId), tied: [], slots: 0 };
  const sure = sorted.filter((r) => r.rank < edge).map((r) => r.teamId);
  const tied = sorted.filter((r) => r.rank === edge).map((r) => r.teamId);
  return { sure, tied, slots: top - sure.length };
}

/** The finalists, or why not: a tie at the cut the chair has not settled, or a choice that does not fit it. */
export function finalists(
  rows: readonly PlacedRow[],
  top: number,
  include: readonly string[] | undefined,
): { ok: true; teams: string[] } | { ok: false; cut: Cut; message: string } {
  const cut = cutAt(rows, top);
  if (cut.tied.length === 0) return { ok: true, teams: cut.sure };
  const chosen = [...new Set(include ?? [])];
  if (chosen.length !== cut.slots || chosen.some((t) => !cut.tied.includes(t))) {
    return { ok: false, cut, message: `a tie at the cut: choose ${cut.slots} of ${cut.tied.length} tied teams` };
  }
  return { ok: true, teams: [...cut.sure, ...cut.tied.filter((t) => chosen.includes(t))] };
}
