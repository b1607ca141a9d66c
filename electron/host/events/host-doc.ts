import type * as Y from 'yjs';
import type { Role } from '../../../shared/access';
import { ROLES } from '../../../shared/access';
import type { PersonId, TeamId } from '../../../shared/ids';
import { bool, num, str, strOrNull } from '../../../shared/doc/schema';

/**
 * The `_host` room: the host's own record of an event, never synced to anyone. It lives in the
 * event file so that "Save as / Open" carries codes and identities along with the boards.
 */
export const HOST_ROOM = '_host';

export type HostPerson = {
  id: PersonId;
  tokenHash: string;
  name: string;
  group: string | null;
  teamId: TeamId | null;
  role: Role;
  joinedAt: number;
};

export type HostMeta = {
  joinCode: string;
  jurorCode: string;
  cofacilitatorCode: string;
  archived: boolean;
  createdAt: number;
};

const metaOf = (doc: Y.Doc) => doc.getMap<unknown>('meta');
const peopleOf = (doc: Y.Doc) => doc.getMap<unknown>('people');

export function readHostMeta(doc: Y.Doc): HostMeta {
  const m = metaOf(doc);
  return {
    joinCode: str(m.get('joinCode')),
    jurorCode: str(m.get('jurorCode')),
    cofacilitatorCode: str(m.get('cofacilitatorCode')),
    archived: bool(m.get('archived')),
    createdAt: num(m.get('createdAt')),
  };
}

export function writeHostMeta(doc: Y.Doc, patch: Partial<HostMeta>): void {
  doc.transact(() => {
    const m = metaOf(doc);
    if (m.get('schemaVersion') === undefined) m.set('schemaVersion', 1);
    if (m.get('kind') === undefined) m.set('kind', 'host');
    for (const [k, v] of Object.entries(patch)) m.set(k, v);
  }, 'host');
}

export function readHostPeople(doc: Y.Doc): HostPerson[] {
  const out: HostPerson[] = [];
  peopleOf(doc).forEach((v, id) => {
    if (!v || typeof v !== 'object') return;
    const p = v as Record<string, unknown>;
    out.push({
      id: id as PersonId,
      tokenHash: str(p.tokenHash),
      name: str(p.name),
      group: strOrNull(p.group),
      teamId: strOrNull(p.teamId) as TeamId | null,
      role: ROLES.includes(p.role as Role) ? (p.role as Role) : 'participant',
      joinedAt: num(p.joinedAt),
    });
  });
  return out;
}

export function writeHostPerson(doc: Y.Doc, p: HostPerson): void {
  doc.transact(() => peopleOf(doc).set(p.id, { ...p }), 'host');
}

export function clearHostPeople(doc: Y.Doc): void {
  doc.transact(() => peopleOf(doc).clear(), 'host');
}

/**
 * Keeps every person's name, group, team and role (their votes and scores stay attributed) but no
 * token hash: nobody can sign in as someone from an imported file, whatever token its author kept.
 */
export function withoutCredentials(doc: Y.Doc): void {
  const people = readHostPeople(doc);
  if (people.length === 0) return;
  doc.transact(() => {
    peopleOf(doc).clear();
    for (const p of people) peopleOf(doc).set(p.id, { ...p, tokenHash: '' });
  }, 'host');
}
