import type * as Y from 'yjs';
import type { Role } from '@shared/access';
import { ROLES } from '@shared/access';
import type { PersonId, TeamId } from '@shared/ids';
import { bool, num, str, strOrNull } from '@shared/doc/schema';

/**
 * The `_host` room: the host's own record of an event, never synced to anyone. It lives in the
 * event file so that "Save as / Open" carries codes and identities along with the boards.
 */
export const HOST_ROOM = '_host';

/**
 * `active` counts; `pending` waits for the facilitator's check-in approval (no access yet);
 * `voided` keeps access but their ballots do not count; `removed` has no access and does not count.
 */
export const PERSON_STATUSES = ['active', 'pending', 'voided', 'removed'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export type HostPerson = {
  id: PersonId;
  tokenHash: string;
  name: string;
  group: string | null;
  /** The team the facilitator assigned; the only one that opens team-only boards. */
  teamId: TeamId | null;
  role: Role;
  joinedAt: number;
  status?: PersonStatus;
  /** Merged into another person: this device now speaks as that person, and its own ballots do not count. */
  mergedInto?: PersonId | null;
  /** The team named on the join form: a request for the facilitator, never access. */
  requestedTeamId?: TeamId | null;
  /** Where and on what they joined, for the facilitator's roster. */
  address?: string | null;
  device?: string | null;
};

/** Does this person's ballot count (and make up "M")? */
export const counts = (p: HostPerson): boolean => p.role === 'participant' && (p.status ?? 'active') === 'active' && !p.mergedInto;

export type HostMeta = {
  joinCode: string;
  jurorCode: string;
  cofacilitatorCode: string;
  archived: boolean;
  createdAt: number;
  /** Joins wait for the facilitator's approval. */
  checkIn: boolean;
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
    checkIn: bool(m.get('checkIn')),
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
      status: PERSON_STATUSES.includes(p.status as PersonStatus) ? (p.status as PersonStatus) : 'active',
      mergedInto: strOrNull(p.mergedInto) as PersonId | null,
      requestedTeamId: strOrNull(p.requestedTeamId) as TeamId | null,
      address: strOrNull(p.address),
      device: strOrNull(p.device),
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

/** Facilitator actions on people, kept in the `_host` room so a reopened event still shows who did what. */
export type AuditEntry = { at: number; action: string; personId: PersonId; into: PersonId | null; by: string };

const auditOf = (doc: Y.Doc) => doc.getArray<unknown>('audit');

export function appendAudit(doc: Y.Doc, entry: AuditEntry): void {
  doc.transact(() => auditOf(doc).push([{ ...entry }]), 'host');
}

export function readAudit(doc: Y.Doc): AuditEntry[] {
  return auditOf(doc)
    .toArray()
    .flatMap((v) => {
      if (!v || typeof v !== 'object') return [];
      const e = v as Record<string, unknown>;
      return [{ at: num(e.at), action: str(e.action), personId: str(e.personId) as PersonId, into: strOrNull(e.into) as PersonId | null, by: str(e.by) }];
    });
}
