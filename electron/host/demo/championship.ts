import * as Y from 'yjs';
import type { CaseId, Criterion, RoundId } from '@shared/championship/model';
import { entryKey } from '@shared/championship/model';
import { createSolutionBoards } from '@shared/championship/solution-boards';
import { addCaseSlot, addRound, applyReadyCriteria, publishCase, readCriteria, setCaptain, setScore, setSettings } from '@shared/doc/championship';
import { drawPitchQueue } from '@shared/championship/pitch-doc';
import { renameTeam, upsertPerson } from '@shared/doc/plan';
import type { PersonInfo } from '@shared/doc/plan';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import type { PersonId, TeamId } from '@shared/ids';
import { newId } from '@shared/ids';
import { hashToken, newToken } from '../auth/tokens';
import { HOST_ROOM, writeHostPerson } from '../events/host-doc';
import { VAULT_ROOM } from '../championship/vault';

/**
 * The Ural case championship on citizens governing their city: three cases, six teams with members
 * and captains, the ready criteria, four jurors whose scores and comments sit in their own rooms,
 * submission closed, pitches done, not yet revealed. Two teams tie on the total (one scored higher on
 * relevance, the other on feasibility, by exactly the same weighted amount): the tie-break by the
 * relevance criterion separates them on reveal.
 */

type Docs = Map<string, Y.Doc>;
const docAt = (docs: Docs, rel: string) => docs.get(rel) ?? docs.set(rel, new Y.Doc()).get(rel)!;

const CASES = [
  {
    title: 'Как вовлечь жителей в благоустройство двора',
    text: 'Жители многоквартирных домов редко участвуют в выборе проектов благоустройства. Предложите механизм, при котором двор проектируют и поддерживают сами соседи.',
  },
  {
    title: 'Панель гражданских советников при мэрии',
    text: 'Мэрия хочет регулярно советоваться с горожанами. Как отобрать советников, чтобы панель представляла город, и как сделать её советы влиятельными?',
  },
  {
    title: '«Высокая смертность» инициатив',
    text: 'Большинство гражданских инициатив угасает за год. Что должно измениться, чтобы инициативы жили дольше и передавались новым людям?',
  },
];
const TEAMS = [
  { name: 'Двор без забора', members: ['Алина Кузнецова', 'Тимур Хасанов', 'Ольга Мельникова'] },
  { name: 'Городские советники', members: ['Денис Орлов', 'Мария Лебедева', 'Никита Воронин'] },
  { name: 'Живые инициативы', members: ['Екатерина Соколова', 'Артём Зайцев', 'Полина Морозова'] },
  { name: 'Соседский центр', members: ['Илья Новиков', 'Софья Павлова', 'Глеб Фёдоров'] },
  { name: 'Открытый город', members: ['Дарья Волкова', 'Роман Егоров', 'Анна Козлова'] },
  { name: 'Точка сборки', members: ['Максим Белов', 'Вера Николаева', 'Кирилл Степанов'] },
];
const JURORS = ['Ирина Викторовна Смирнова', 'Павел Андреевич Громов', 'Наталья Сергеевна Котова', 'Сергей Олегович Лаптев'];
/** Marks per team on the ready criteria (relevance, feasibility, innovation, social, presentation); teams 2 and 4 tie. */
const BASE = [
  [8, 7, 9, 8, 8],
  [8, 6, 7, 7, 7],
  [7, 7, 6, 6, 9],
  [6, 8, 7, 7, 7],
  [5, 6, 5, 6, 6],
  [6, 5, 8, 5, 5],
];
/** Each juror's leniency, the same for every team so the tie survives every juror. */
const SHIFT = [0, 1, -1, 0];
/**
 * Each juror's taste on innovation (criterion 3), per team. Every team's column sums to zero, so the
 * mean totals, the order and the tie stay exact, and teams 2 and 4 move together within each juror;
 * yet the jurors' orders differ, as real jurors' do (Kendall's W below 1).
 */
const TASTE = [
  [0, 1, 1, 1, -1, 1],
  [0, -1, -1, -1, 1, -1],
  [1, 0, -1, 0, 1, -1],
  [-1, 0, 1, 0, -1, 1],
];
const INNOVATION = 2;
const COMMENTS = ['Сильная постановка проблемы', 'Расчёт ресурсов стоит уточнить', 'Свежий подход', 'Эффект для жителей измерим', 'Уверенная защита'];

function addPerson(docs: Docs, name: string, role: PersonInfo['role'], teamId: TeamId | null): PersonId {
  const person: PersonInfo = { id: newId<PersonId>(), name, group: null, teamId, role, joinedAt: Date.now() };
  writeHostPerson(docAt(docs, HOST_ROOM), { ...person, tokenHash: hashToken(newToken()) });
  upsertPerson(docAt(docs, 'plan'), person, HOST_ORIGIN);
  initMeta(docAt(docs, `person/${person.id}`), 'person', HOST_ORIGIN, { personId: person.id });
  return person.id;
}

function addCases(docs: Docs, now: number): void {
  const plan = docAt(docs, 'plan');
  const vault = docAt(docs, VAULT_ROOM).getMap<unknown>('cases');
  for (const c of CASES) {
    const id = newId<CaseId>();
    vault.set(id, { ...c, links: [] });
    addCaseSlot(plan, id, HOST_ORIGIN);
    publishCase(plan, id, { ...c, links: [] }, now, HOST_ORIGIN);
  }
}

function score(docs: Docs, juror: PersonId, j: number, roundId: RoundId, teams: TeamId[], criteria: Criterion[]): void {
  const room = docAt(docs, `person/${juror}`);
  teams.forEach((teamId, t) => {
    criteria.forEach((c, i) => {
      const taste = i === INNOVATION ? TASTE[j]![t]! : 0;
      const mark = Math.max(c.min, Math.min(c.max, BASE[t]![i]! + SHIFT[j]! + taste));
      const comment = (t + i + j) % 2 === 0 ? COMMENTS[i]! : '';
      setScore(room, { teamId: null, peer: false }, { key: entryKey(roundId, teamId), roundId, teamId }, c, mark, comment, HOST_ORIGIN);
    });
  });
}

export function buildDemoChampionship(docs: Docs, teamIds: readonly TeamId[], now = Date.now()): void {
  const plan = docAt(docs, 'plan');
  const teams = teamIds.slice(0, TEAMS.length);
  addCases(docs, now);
  teams.forEach((id, i) => {
    renameTeam(plan, id, TEAMS[i]!.name, HOST_ORIGIN);
    const members = TEAMS[i]!.members.map((name) => addPerson(docs, name, 'participant', id));
    setCaptain(plan, id, members[0]!, HOST_ORIGIN);
  });
  applyReadyCriteria(plan, 'ru', HOST_ORIGIN);
  const criteria = readCriteria(plan);
  const roundId = addRound(plan, { title: 'Финал', teamIds: [...teams], deadline: now - 60 * 60_000 }, HOST_ORIGIN);
  createSolutionBoards(plan, roundId, HOST_ORIGIN);
  drawPitchQueue(plan, roundId, teams, 2024, HOST_ORIGIN);
  plan.getMap<unknown>('champPitch').set('phase', 'done');
  const jurors = JURORS.map((name) => addPerson(docs, name, 'juror', null));
  jurors.forEach((juror, j) => score(docs, juror, j, roundId, [...teams], criteria));
  setSettings(plan, { tieCriterionId: criteria[0]!.id, chairId: jurors[0]!, releaseAt: now - 3 * 60 * 60_000 }, HOST_ORIGIN);
  // The chair's deciding order is the host's (never in the plan every participant syncs).
  docAt(docs, VAULT_ROOM).getMap<unknown>('deciding').set(roundId, [teams[3]!, teams[1]!]);
}
