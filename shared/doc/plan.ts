import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import type { BoardPolicy, BoardVisibility, BoardWriters, Role } from '../access';
import { BOARD_VISIBILITY, BOARD_WRITERS, ROLES } from '../access';
import type { BoardId, PersonId, TeamId } from '../ids';
import { newId } from '../ids';
import type { EventFormat } from './formats';
import { EVENT_FORMATS } from './formats';
import { bool, childMap, initMeta, metaOf, num, str, strOrNull } from './schema';
import { AUDIENCE_BOARD_KINDS, isAudienceKind } from '../audience/kinds';

/** Event formats (docs/architecture.md, "Event formats"), kept in formats.ts for the join page. */
export { EVENT_FORMATS };
export type { EventFormat };

/** Default stakeholder groups; labels come from i18n (`group.<id>`), custom groups carry their own label. */
export const DEFAULT_GROUPS = ['residents', 'authorities', 'ngo', 'business', 'youth'] as const;
export type StakeholderGroup = { id: string; label: string | null };

/** cards: free card list; grid: rows × columns template; problem-tree / goal-tree: the tree editors; passport: a project passport. */
export const BOARD_KINDS = ['cards', 'grid', 'problem-tree', 'goal-tree', 'passport', 'poster', ...AUDIENCE_BOARD_KINDS, 'matrix'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

export type TeamInfo = { id: TeamId; name: string; color: string; order: string };
export type BoardInfo = BoardPolicy & {
  id: BoardId;
  title: string;
  kind: BoardKind;
  order: string;
  /** Grid template id (grid boards). */
  template: string | null;
  /** The problem tree a goal tree mirrors. */
  sourceBoardId: BoardId | null;
  /** The agenda stage this board belongs to; teams' copies of a stage board share it. */
  stageId: string | null;
};
export type PersonInfo = { id: PersonId; name: string; group: string | null; teamId: TeamId | null; role: Role; joinedAt: number };

export type PlanSnapshot = {
  title: string;
  format: EventFormat;
  groups: StakeholderGroup[];
  showAuthors: boolean;
  teams: TeamInfo[];
  boards: BoardInfo[];
  people: PersonInfo[];
};

const teamsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('teams');
const boardsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('boards');
const peopleOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('people');
const settingsOf = (doc: Y.Doc) => doc.getMap<unknown>('settings');

const byOrder = <T extends { order: string; id: string }>(a: T, b: T) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1);

const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);

export function initPlan(doc: Y.Doc, title: string, format: EventFormat, origin: unknown): void {
  doc.transact(() => {
    initMeta(doc, 'plan', origin, { title, format });
    const settings = settingsOf(doc);
    if (settings.get('groups') === undefined)
      settings.set(
        'groups',
        DEFAULT_GROUPS.map((id) => ({ id, label: null })),
      );
    if (settings.get('showAuthors') === undefined) settings.set('showAuthors', true);
  }, origin);
}

export function readBoard(doc: Y.Doc, id: string): BoardInfo | null {
  const m = childMap(boardsOf(doc) as Y.Map<unknown>, id);
  return m ? boardFromMap(id as BoardId, m) : null;
}

function boardFromMap(id: BoardId, m: Y.Map<unknown>): BoardInfo {
  const kind = oneOf<BoardKind>(BOARD_KINDS, m.get('kind'), 'cards');
  return {
    id,
    title: str(m.get('title')),
    kind,
    audience: isAudienceKind(kind),
    teamId: strOrNull(m.get('teamId')) as TeamId | null,
    visibility: oneOf<BoardVisibility>(BOARD_VISIBILITY, m.get('visibility'), 'all'),
    writers: oneOf<BoardWriters>(BOARD_WRITERS, m.get('writers'), 'all'),
    locked: bool(m.get('locked')),
    order: str(m.get('order'), 'a0'),
    template: strOrNull(m.get('template')),
    sourceBoardId: strOrNull(m.get('sourceBoardId')) as BoardId | null,
    stageId: strOrNull(m.get('stageId')),
  };
}

export function readPlan(doc: Y.Doc): PlanSnapshot {
  const meta = metaOf(doc);
  const settings = settingsOf(doc);
  const rawGroups = settings.get('groups');
  const groups: StakeholderGroup[] = Array.isArray(rawGroups)
    ? rawGroups.flatMap((g) => (g && typeof g.id === 'string' ? [{ id: g.id, label: strOrNull(g.label) }] : []))
    : [];
  const teams: TeamInfo[] = [];
  teamsOf(doc).forEach((m, id) => {
    if (m instanceof Y.Map) teams.push({ id: id as TeamId, name: str(m.get('name')), color: str(m.get('color'), '#888'), order: str(m.get('order'), 'a0') });
  });
  const boards: BoardInfo[] = [];
  boardsOf(doc).forEach((m, id) => {
    if (m instanceof Y.Map) boards.push(boardFromMap(id as BoardId, m));
  });
  const people: PersonInfo[] = [];
  peopleOf(doc).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    people.push({
      id: id as PersonId,
      name: str(m.get('name')),
      group: strOrNull(m.get('group')),
      teamId: strOrNull(m.get('teamId')) as TeamId | null,
      role: oneOf<Role>(ROLES, m.get('role'), 'participant'),
      joinedAt: num(m.get('joinedAt')),
    });
  });
  return {
    title: str(meta.get('title')),
    format: oneOf<EventFormat>(EVENT_FORMATS, meta.get('format'), 'strategy'),
    groups,
    showAuthors: bool(settings.get('showAuthors'), true),
    teams: teams.sort(byOrder),
    boards: boards.sort(byOrder),
    people: people.sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1)),
  };
}

function lastOrder(map: Y.Map<Y.Map<unknown>>): string | null {
  let last: string | null = null;
  map.forEach((m) => {
    const o = m instanceof Y.Map ? str(m.get('order')) : '';
    if (o && (last === null || o > last)) last = o;
  });
  return last;
}

export type NewBoard = {
  title: string;
  kind?: BoardKind;
  teamId?: TeamId | null;
  visibility?: BoardVisibility;
  writers?: BoardWriters;
  template?: string | null;
  sourceBoardId?: BoardId | null;
  stageId?: string | null;
};

export function addBoard(doc: Y.Doc, board: NewBoard, origin: unknown, id: BoardId = newId<BoardId>()): BoardId {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('title', board.title);
    m.set('kind', board.kind ?? 'cards');
    m.set('teamId', board.teamId ?? null);
    m.set('visibility', board.visibility ?? 'all');
    m.set('writers', board.writers ?? 'all');
    m.set('locked', false);
    m.set('template', board.template ?? null);
    m.set('sourceBoardId', board.sourceBoardId ?? null);
    m.set('stageId', board.stageId ?? null);
    m.set('order', generateKeyBetween(lastOrder(boardsOf(doc)), null));
    boardsOf(doc).set(id, m);
  }, origin);
  return id;
}

export function setBoardField(
  doc: Y.Doc,
  id: BoardId,
  field: 'title' | 'locked' | 'visibility' | 'writers' | 'teamId',
  value: string | boolean | null,
  origin: unknown,
): void {
  doc.transact(() => childMap(boardsOf(doc) as Y.Map<unknown>, id)?.set(field, value), origin);
}

export function removeBoard(doc: Y.Doc, id: BoardId, origin: unknown): void {
  doc.transact(() => boardsOf(doc).delete(id), origin);
}

export function addTeam(doc: Y.Doc, name: string, color: string, origin: unknown, id: TeamId = newId<TeamId>()): TeamId {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('name', name);
    m.set('color', color);
    m.set('order', generateKeyBetween(lastOrder(teamsOf(doc)), null));
    teamsOf(doc).set(id, m);
  }, origin);
  return id;
}

export function renameTeam(doc: Y.Doc, id: TeamId, name: string, origin: unknown): void {
  doc.transact(() => childMap(teamsOf(doc) as Y.Map<unknown>, id)?.set('name', name), origin);
}

export function removeTeam(doc: Y.Doc, id: TeamId, origin: unknown): void {
  doc.transact(() => teamsOf(doc).delete(id), origin);
}

export function setTitle(doc: Y.Doc, title: string, origin: unknown): void {
  doc.transact(() => metaOf(doc).set('title', title), origin);
}

export function setShowAuthors(doc: Y.Doc, show: boolean, origin: unknown): void {
  doc.transact(() => settingsOf(doc).set('showAuthors', show), origin);
}

/** Off the roster everyone sees (removed, merged into another, or never let in). */
export function removePerson(doc: Y.Doc, id: PersonId, origin: unknown): void {
  doc.transact(() => peopleOf(doc).delete(id), origin);
}

/** The host writes the roster (never a client: participants only read the plan). */
export function upsertPerson(doc: Y.Doc, p: PersonInfo, origin: unknown): void {
  doc.transact(() => {
    const people = peopleOf(doc);
    const m = people.get(p.id) instanceof Y.Map ? people.get(p.id)! : new Y.Map<unknown>();
    if (!people.has(p.id)) people.set(p.id, m);
    m.set('name', p.name);
    m.set('group', p.group);
    m.set('teamId', p.teamId);
    m.set('role', p.role);
    m.set('joinedAt', p.joinedAt);
  }, origin);
}
