import type { EventSnapshot } from './snapshot';

/**
 * The whole event as JSON for other tools (`EVENT_SCHEMA`). What is in it is what everyone in the
 * event could already read: the plan (agenda, teams, boards), every board's content, vote
 * definitions and published results (turnout only while a vote is open). Never in it: tokens, join
 * codes, person rooms (private cards, raw ballots). Card authors and the roster's names appear only
 * when the plan shows authors; otherwise the roster is reduced to counts by group.
 */
export const EVENT_SCHEMA = 'veche.event/1';

export function buildEventJson(s: EventSnapshot, exportedAt: number = Date.now()): string {
  const teamName = new Map(s.teams.map((t) => [t.id, t.name]));
  const out = {
    schema: EVENT_SCHEMA,
    exportedAt: new Date(exportedAt).toISOString(),
    title: s.title,
    meta: s.meta,
    format: s.format,
    lang: s.lang,
    groups: s.groups,
    teams: s.teams,
    agenda: s.stages.map((st) => ({ id: st.id, title: st.title, method: st.method, durationMin: st.durationMin, status: st.status })),
    boards: s.boards,
    votes: s.votes.map((v) => ({
      id: v.id,
      title: v.title,
      state: v.state,
      perPerson: v.perPerson,
      maxPerItem: v.maxPerItem,
      openedAt: v.openedAt,
      closedAt: v.closedAt,
      items: v.items,
      result: v.result,
      progress: v.progress,
    })),
    participantsByGroup: s.participantsByGroup,
    people: s.showAuthors
      ? s.people.map((p) => ({ name: p.name, group: p.group, team: p.teamId ? (teamName.get(p.teamId) ?? null) : null, role: p.role }))
      : null,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
