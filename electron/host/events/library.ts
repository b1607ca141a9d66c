import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Identity, Role } from '@shared/access';
import { initBoard } from '@shared/doc/board';
import type { EventFormat } from '@shared/doc/plan';
import { addBoard, initPlan, readPlan, setTitle } from '@shared/doc/plan';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { EventId } from '@shared/ids';
import { isId, newId } from '@shared/ids';
import type { CreatedEvent, EventSummary } from '@shared/protocol/api';
import type { EventFileOptions } from '../persistence/event-file';
import { openEventFile, writeEventFileSnapshot } from '../persistence/event-file';
import { decodeEventFileIsolated } from '../persistence/isolated-decode';
import { attachHistory } from '../history/attach';
import { HISTORY_ROOM, audit, takePoint } from '../history/history';
import { checkEventSchema, migrateEventDocs } from './schema-open';
import { newCode, normalizeCode } from '../auth/tokens';
import { HOST_ROOM, clearHostPeople, withoutCredentials, writeHostMeta } from './host-doc';
import type { HostPerson } from './host-doc';
import { HostedEvent } from './hosted-event';
import { attachAudience } from '../session/audience';
import { attachMatrices } from '../session/matrix';
import { attachVotingProgress } from '../session/voting-progress';
import { attachChampionship } from '../championship/scheduler';
import type { WriteLimits } from '../sync/write-guard';
import { DEFAULT_WRITE_LIMITS } from '../sync/write-guard';

export const EVENT_EXT = '.veche';
const CODE_ROLES = { joinCode: 'participant', jurorCode: 'juror', cofacilitatorCode: 'cofacilitator' } as const;

/** The event library: every `.veche` file in `<data>/events`, all open and in memory. */
export class EventLibrary {
  readonly events = new Map<EventId, HostedEvent>();
  readonly problems = new Map<EventId, string>();

  constructor(
    readonly dir: string,
    private readonly fileOptions: EventFileOptions,
    private readonly log: (level: 'info' | 'warn' | 'error', msg: string) => void,
    private readonly writeLimits: WriteLimits = DEFAULT_WRITE_LIMITS,
  ) {}

  async load(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.dir)) {
      const id = name.slice(0, -EVENT_EXT.length);
      if (!name.endsWith(EVENT_EXT) || !isId(id)) continue;
      try {
        await this.open(id as EventId);
      } catch (err) {
        this.problems.set(id as EventId, (err as Error).message);
        this.log('error', `event ${id} could not be opened: ${(err as Error).message}`);
      }
    }
  }

  private pathOf(id: EventId): string {
    return join(this.dir, id + EVENT_EXT);
  }

  private async open(id: EventId): Promise<HostedEvent> {
    const { file, docs, problems } = await openEventFile(this.pathOf(id), {
      ...this.fileOptions,
      onError: (err) => this.log('error', `event ${id}: storage: ${err.message}`),
    });
    for (const p of problems) this.log('warn', `event ${id}: ${p}`);
    if (problems.length > 0) this.problems.set(id, problems.join('; '));
    try {
      checkEventSchema(docs);
    } catch (err) {
      await file.close();
      throw err;
    }
    const event = new HostedEvent(id, docs, file, this.writeLimits);
    // After the event is wired to its file, so what the migrations write is persisted like any change.
    for (const step of migrateEventDocs(docs)) this.log('info', `event ${id}: migrated ${step}`);
    event.onShutdown(attachHistory(event));
    // Live "N of M have voted" must run from the moment an event opens, also after a restart.
    event.onShutdown(attachVotingProgress(event));
    // Audience boards (questions, scale, open question) are published from the person rooms as they change.
    event.onShutdown(attachAudience(event));
    // Case release and submission deadlines are the host's: past-due ones happen at once on open.
    event.onShutdown(attachChampionship(event));
    // The 2×2 matrix's averaged positions, like vote progress, from the moment the event opens.
    event.onShutdown(attachMatrices(event));
    this.events.set(id, event);
    return event;
  }

  get(id: string): HostedEvent {
    const event = this.events.get(id as EventId);
    if (!event) throw new AppError('not_found', `no event ${id}`);
    return event;
  }

  list(): EventSummary[] {
    return [...this.events.values()].map((e) => e.summary()).sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Which event and role a join / invite code opens. */
  findCode(code: string): { event: HostedEvent; role: Role } | null {
    const wanted = normalizeCode(code);
    for (const event of this.events.values()) {
      const meta = event.meta;
      if (meta.archived) continue;
      for (const [key, role] of Object.entries(CODE_ROLES)) {
        if (meta[key as keyof typeof CODE_ROLES] === wanted) return { event, role };
      }
    }
    return null;
  }

  /**
   * Whose token this is. A pending (not yet checked in) or removed person has no identity; a person
   * merged into another speaks as that one.
   */
  identify(tokenHash: string): Identity | null {
    const found = this.personByToken(tokenHash);
    if (!found) return null;
    const { event } = found;
    let p = found.person;
    if (p.mergedInto) p = event.people.find((x) => x.id === p.mergedInto) ?? p;
    if (p.status === 'pending' || p.status === 'removed') return null;
    return { role: p.role, eventId: event.id, personId: p.id, name: p.name, teamId: p.teamId };
  }

  /** The person record behind a token, whatever its status (the join page asks "approved yet?"). */
  personByToken(tokenHash: string): { event: HostedEvent; person: HostPerson } | null {
    for (const event of this.events.values()) {
      const person = event.people.find((x) => x.tokenHash === tokenHash);
      if (person) return { event, person };
    }
    return null;
  }

  private freshCodes() {
    const used = new Set<string>();
    for (const e of this.events.values()) {
      const m = e.meta;
      used.add(m.joinCode).add(m.jurorCode).add(m.cofacilitatorCode);
    }
    const one = () => {
      let c = newCode();
      while (used.has(c)) c = newCode();
      used.add(c);
      return c;
    };
    return { joinCode: one(), jurorCode: one(), cofacilitatorCode: one() };
  }

  async create(title: string, format: EventFormat, build?: (docs: Map<string, Y.Doc>) => void, lang: 'ru' | 'en' = 'ru'): Promise<CreatedEvent> {
    const docs = new Map<string, Y.Doc>();
    const doc = (rel: string) => docs.get(rel) ?? docs.set(rel, new Y.Doc()).get(rel)!;
    const plan = doc('plan');
    initPlan(plan, title, format, HOST_ORIGIN);
    initMeta(doc('results'), 'results', HOST_ORIGIN);
    if (build) build(docs);
    else {
      const boardId = addBoard(plan, { title: lang === 'en' ? 'Shared board' : 'Общая доска', writers: 'all' }, HOST_ORIGIN);
      initBoard(doc(`board/${boardId}`), HOST_ORIGIN);
    }
    writeHostMeta(doc(HOST_ROOM), { ...this.freshCodes(), archived: false, createdAt: Date.now() });
    return this.adopt(docs);
  }

  /** Writes docs as a new event file under a fresh id and opens it. */
  private async adopt(docs: Map<string, Y.Doc>): Promise<CreatedEvent> {
    let id = newId<EventId>(10);
    while (this.events.has(id)) id = newId<EventId>(10);
    await writeEventFileSnapshot(this.pathOf(id), docs);
    const event = await this.open(id);
    return { id, joinCode: event.meta.joinCode };
  }

  rename(id: string, title: string): EventSummary {
    const event = this.get(id);
    setTitle(event.doc('plan'), title, HOST_ORIGIN);
    return event.summary();
  }

  setArchived(id: string, archived: boolean): EventSummary {
    const event = this.get(id);
    writeHostMeta(event.doc(HOST_ROOM), { archived });
    return event.summary();
  }

  /** A copy to run again: same plan and boards, no people, no private rooms, no results, new codes. */
  async duplicate(id: string, title?: string): Promise<CreatedEvent> {
    const source = this.get(id);
    const docs = new Map<string, Y.Doc>();
    for (const [rel, doc] of source.docs) {
      // The history (points, audit) is the source event's record, with its people's names: not copied.
      if (rel.startsWith('person/') || rel === 'results' || rel === HISTORY_ROOM) continue;
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      docs.set(rel, copy);
    }
    const plan = docs.get('plan')!;
    plan.transact(() => plan.getMap('people').clear(), HOST_ORIGIN);
    setTitle(plan, title ?? `${readPlan(plan).title} (2)`, HOST_ORIGIN);
    const results = new Y.Doc();
    initMeta(results, 'results', HOST_ORIGIN);
    docs.set('results', results);
    const host = docs.get(HOST_ROOM) ?? new Y.Doc();
    clearHostPeople(host);
    writeHostMeta(host, { ...this.freshCodes(), archived: false, createdAt: Date.now() });
    docs.set(HOST_ROOM, host);
    return this.adopt(docs);
  }

  /** Deleting moves the file to `<data>/trash`: a mistaken click loses nothing. */
  async remove(id: string): Promise<void> {
    const event = this.get(id);
    this.events.delete(event.id);
    event.shutdown();
    await event.file.close();
    const trash = join(this.dir, '..', 'trash');
    await mkdir(trash, { recursive: true });
    await rename(this.pathOf(event.id), join(trash, `${event.id}-${Date.now()}${EVENT_EXT}`));
  }

  async exportFile(id: string): Promise<Uint8Array> {
    const event = this.get(id);
    const tmp = join(this.dir, `.export-${event.id}-${newId(6)}`);
    try {
      await writeEventFileSnapshot(tmp, event.docs);
      return new Uint8Array(await readFile(tmp));
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /**
   * Opens a `.veche` made here or elsewhere as a new event. A file is data, never credentials: it is
   * decoded in a worker under limits, gets new codes, and its people come back as names that nobody
   * can sign in as (participants join again; jurors and co-facilitators are invited again).
   */
  async importFile(bytes: Uint8Array): Promise<CreatedEvent> {
    const { docs, problems } = await decodeEventFileIsolated(bytes);
    if (!docs.has('plan') || !docs.has(HOST_ROOM)) {
      throw new AppError('bad_request', `not a Veche event file${problems.length ? `: ${problems.join('; ')}` : ''}`);
    }
    const host = docs.get(HOST_ROOM)!;
    withoutCredentials(host);
    writeHostMeta(host, this.freshCodes());
    const created = await this.adopt(docs);
    // The boards as they arrived: whatever happens to them here can be taken back to the imported state.
    const event = this.get(created.id);
    for (const rel of [...event.docs.keys()]) if (rel.startsWith('board/')) takePoint(event, rel, 'import', 'host');
    audit(event, { action: 'import', board: null, by: 'host', detail: `${bytes.length} bytes` });
    return created;
  }

  async closeAll(): Promise<void> {
    const events = [...this.events.values()];
    for (const e of events) e.shutdown();
    await Promise.all(events.map((e) => e.file.close()));
  }
}
