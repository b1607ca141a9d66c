import type { Access, BoardPolicy, Identity, Role } from './access';
import { ACCESS_TABLE, OTHER_EVENT_RULE, roomAccess } from './access';
import type { PersonId, TeamId } from './ids';
import type { RoomKind, RoomRef } from './protocol/rooms';
import { ROOM_KINDS } from './protocol/rooms';

/**
 * Words for the rooms table, derived from `roomAccess` by asking it about one representative of each
 * kind of person, so the prose in `/rooms` cannot say something the host does not do.
 */
type Sample = { label: Group; who: Identity };
type Group = 'facilitators' | 'participants' | 'jurors' | 'its team' | 'that person';

const OTHER_TEAM = 'other-team' as TeamId;
const OTHER_PERSON = 'other-person' as PersonId;

function samples(room: RoomRef, board: BoardPolicy | null): Sample[] {
  const ev = room.eventId;
  const self = (room.kind === 'person' ? room.personId : 'someone') as PersonId;
  const team = board?.teamId ?? null;
  const mk = (role: Role, personId: PersonId | null, teamId: TeamId | null): Identity => ({
    role,
    eventId: role === 'facilitator' ? null : ev,
    personId,
    name: '',
    teamId,
  });
  const out: Sample[] = [
    { label: 'facilitators', who: mk('facilitator', null, null) },
    { label: 'facilitators', who: mk('cofacilitator', OTHER_PERSON, null) },
  ];
  if (room.kind === 'person') out.push({ label: 'that person', who: mk('participant', self, null) });
  for (const role of ['participant', 'juror'] as const) {
    const label = role === 'participant' ? 'participants' : 'jurors';
    out.push({ label, who: mk(role, OTHER_PERSON, null) }, { label, who: mk(role, OTHER_PERSON, OTHER_TEAM) });
    if (team !== null) out.push({ label: 'its team', who: mk(role, OTHER_PERSON, team) });
  }
  return out;
}

function phrase(all: Sample[], allowed: (a: Access) => boolean, room: RoomRef, board: BoardPolicy | null, teamWord: string): string {
  const ok = new Set(all.filter((s) => allowed(roomAccess(room, s.who, board))));
  if (ok.size === all.length) return 'everyone in the event';
  if (ok.size === 0) return 'the host only';
  const every = (f: (s: Sample) => boolean) => all.filter(f).every((s) => ok.has(s));
  const some = (f: (s: Sample) => boolean) => all.some((s) => f(s) && ok.has(s));
  const groups: string[] = [];
  const participants = every((s) => s.who.role === 'participant');
  if (participants) groups.push('participants');
  if (every((s) => s.who.role === 'juror')) groups.push('jurors');
  if (!participants && some((s) => s.label === 'its team')) groups.push(teamWord);
  if (some((s) => s.label === 'that person')) groups.push('that person');
  if (some((s) => s.label === 'facilitators')) groups.push('facilitators');
  return groups.join(' and ');
}

/** Human-readable description of the rules for the rooms endpoint. */
export function describeRoomRules(room: RoomRef, board: BoardPolicy | null): { read: string; write: string } {
  const all = samples(room, board);
  const read = phrase(all, (a) => a !== 'none', room, board, `team ${board?.teamId ?? ''}`);
  let write = phrase(all, (a) => a === 'write', room, board, 'its team');
  if (room.kind === 'board' && board?.locked) write += ' (locked)';
  else if (room.kind === 'board' && board?.privateRound) write += ' (private round open: participants write to their own rooms)';
  else if (room.kind === 'board' && board?.audience) write += ' (audience instrument: participants answer in their own rooms)';
  return { read, write };
}

/** The rooms table for docs/protocol.md, generated from ACCESS_TABLE (a test keeps the doc equal to it). */
export function accessTableMarkdown(): string {
  const lines = ['| room kind | clauses, first match decides | access |', '|---|---|---|', `| any | ${OTHER_EVENT_RULE} | none |`];
  for (const kind of ROOM_KINDS as readonly RoomKind[]) {
    ACCESS_TABLE[kind].forEach((c, i) => lines.push(`| ${i === 0 ? kind : ''} | ${i + 1}. ${c.rule} | ${c.access} |`));
  }
  return lines.join('\n');
}
