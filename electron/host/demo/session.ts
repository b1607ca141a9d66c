import * as Y from 'yjs';
import type { StageId } from '@shared/doc/agenda';
import { applyAgendaTemplate, createStageBoards, editStage, readStages, startStage } from '@shared/doc/agenda';
import { initBoard } from '@shared/doc/board';
import { addGridCard } from '@shared/doc/grid';
import { addBoard } from '@shared/doc/plan';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { setFollowMe, setProjector, showBoard, startTimer } from '@shared/doc/session';
import type { BoardId, TeamId } from '@shared/ids';
import { STRATEGY_AGENDA } from '@shared/session/agenda-template';
import { SINGLE_ROW } from '@shared/session/grid-templates';
import { stageBoardId } from '@shared/session/stage-boards';

/**
 * The strategy session in progress, for the `--demo` strategy event: the seeds' agenda with the
 * "problems / growth points / advantages" stage running, and two grids filled the way a hall in
 * the Kargopol, Nyandoma and Plesetsk districts fills them (drawn from the seeds).
 */

export type DemoSessionIds = {
  /** The demo's teams, already added to the plan; when given, the "project ideas" stage gets one (empty) board per team. */
  teams?: readonly TeamId[];
  /** Host time for the running timer (default: now). */
  now?: number;
};

export type DemoSession = {
  stageIds: StageId[];
  activeStageId: StageId;
  problemsBoardId: BoardId;
  futureBoardId: BoardId;
  ideaBoardIds: BoardId[];
};

type Cell = { column: string; text: string; author: string };

const PROBLEMS: Cell[] = [
  { column: 'problems', text: 'Молодёжь после школы уезжает в Архангельск и Петербург и не возвращается', author: 'Ирина, учитель' },
  { column: 'problems', text: 'Для выпускников колледжа почти нет работы по специальности', author: 'Сергей, предприниматель' },
  { column: 'problems', text: 'Автобус до Няндомы ходит два раза в неделю, дорога разбита', author: 'Галина, ТОС «Заречье»' },
  { column: 'problems', text: 'Зал Дома культуры зимой не отапливается, кружки уходят в школу', author: 'Татьяна, Дом культуры' },
  { column: 'problems', text: 'Деревянные дома XIX века в центре пустеют и разрушаются', author: 'Андрей, краевед' },
  { column: 'problems', text: 'Пожилые жители не знают о грантах и программах поддержки', author: 'Ольга, библиотека' },
  { column: 'growth', text: 'Туристы едут за каргопольской игрушкой и деревянными храмами — можно принимать больше', author: 'Мария, музей' },
  { column: 'growth', text: 'Кенозерский национальный парк рядом: экотропы и гостевые дома', author: 'Сергей, предприниматель' },
  { column: 'growth', text: 'Мастер-классы по ремёслам для гостей: глина, береста, ткачество', author: 'Надежда, мастер' },
  { column: 'growth', text: 'Коворкинг «Коммутатор» для НКО, ТОС, власти и творческих предпринимателей', author: 'Екатерина, НКО' },
  { column: 'growth', text: 'Выпускники готовы вернуться, если будет своё дело: школа местных лидеров', author: 'Даниил, молодёжный совет' },
  { column: 'advantages', text: 'Исторический город с сохранившейся застройкой и живыми промыслами', author: 'Андрей, краевед' },
  { column: 'advantages', text: 'Сильные ТОС и привычка делать дела сообща', author: 'Галина, ТОС «Заречье»' },
  { column: 'advantages', text: 'Чистая природа: Онега, озёра, северный лес', author: 'Даниил, молодёжный совет' },
  { column: 'advantages', text: 'Администрация района готова обсуждать проекты жителей публично', author: 'Виктор, администрация' },
];

const FUTURE: Cell[] = [
  { column: 'economy', text: 'Гостевые дома и ремесленные мастерские дают работу круглый год', author: 'Сергей, предприниматель' },
  { column: 'economy', text: 'Местные рыба, ягоды и молоко продаются под общим брендом района', author: 'Наталья, фермер' },
  { column: 'environment', text: 'Набережная Онеги благоустроена, от неё начинается экотропа', author: 'Мария, музей' },
  { column: 'environment', text: 'В каждом посёлке есть раздельный сбор мусора', author: 'Даниил, молодёжный совет' },
  { column: 'culture', text: 'Дом культуры отремонтирован, в нём клубы для всех возрастов', author: 'Татьяна, Дом культуры' },
  { column: 'culture', text: 'Каргопольский фестиваль ремёсел знают по всей стране', author: 'Надежда, мастер' },
  { column: 'people', text: 'Молодые семьи возвращаются и остаются: есть работа и жильё', author: 'Ирина, учитель' },
  { column: 'people', text: 'Старшеклассники-волонтёры помогают пожилым соседям', author: 'Ольга, библиотека' },
  { column: 'governance', text: 'Инициативное бюджетирование каждый год, проекты выбирают жители', author: 'Виктор, администрация' },
  { column: 'governance', text: 'Публичные обсуждения с главой района дважды в год', author: 'Екатерина, НКО' },
];

const byTitle = (stages: { id: StageId; title: string }[], title: string): StageId => stages.find((s) => s.title === title)!.id;

/** A shared grid board for a stage (not per team), with its cards; the id matches createStageBoards'. */
function gridBoard(docs: Map<string, Y.Doc>, stage: StageId, title: string, template: string, cells: Cell[]): BoardId {
  const plan = docs.get('plan')!;
  const id = addBoard(plan, { title, kind: 'grid', template, stageId: stage, writers: 'all' }, HOST_ORIGIN, stageBoardId(stage, null));
  const doc = new Y.Doc();
  docs.set(`board/${id}`, doc);
  initBoard(doc, HOST_ORIGIN);
  for (const c of cells) addGridCard(doc, { text: c.text, authorId: null, authorName: c.author, row: SINGLE_ROW, column: c.column }, HOST_ORIGIN);
  return id;
}

/** Adds the session to a demo event's docs (the plan must exist). Call once, before the event is adopted. */
export function buildDemoSession(docs: Map<string, Y.Doc>, ids: DemoSessionIds = {}): DemoSession {
  const plan = docs.get('plan');
  if (!plan) throw new Error('buildDemoSession: the plan doc must exist');
  const stageIds = applyAgendaTemplate(plan, STRATEGY_AGENDA, 'ru', HOST_ORIGIN);
  const stages = readStages(plan);
  const problems = byTitle(stages, 'Проблемы, точки роста и преимущества территории');
  const future = byTitle(stages, 'Образ будущего');
  const ideas = byTitle(stages, 'Проектные идеи');
  // The hall works on one shared grid for these two stages; teams split up from the ideas on.
  editStage(plan, problems, { method: { kind: 'board', boardKind: 'grid', template: 'problems-growth-advantages', perTeam: false } }, HOST_ORIGIN);
  editStage(plan, future, { method: { kind: 'board', boardKind: 'grid', template: 'future-by-sphere', perTeam: false } }, HOST_ORIGIN);
  const problemsBoardId = gridBoard(docs, problems, 'Проблемы / точки роста / преимущества', 'problems-growth-advantages', PROBLEMS);
  const futureBoardId = gridBoard(docs, future, 'Образ будущего', 'future-by-sphere', FUTURE);
  const ideaBoardIds = ids.teams?.length ? createStageBoards(plan, ideas, HOST_ORIGIN) : [];
  for (const id of ideaBoardIds) if (!docs.has(`board/${id}`)) initBoard(docs.set(`board/${id}`, new Y.Doc()).get(`board/${id}`)!, HOST_ORIGIN);

  startStage(plan, stageIds[0]!, HOST_ORIGIN);
  startStage(plan, problems, HOST_ORIGIN);
  // Twelve of forty minutes gone: the projector shows a live countdown when the demo opens.
  startTimer(plan, (ids.now ?? Date.now()) - 12 * 60_000, HOST_ORIGIN);
  setFollowMe(plan, true, HOST_ORIGIN);
  showBoard(plan, problemsBoardId, HOST_ORIGIN);
  setProjector(plan, { boardId: problemsBoardId, mode: 'board' }, HOST_ORIGIN);
  return { stageIds, activeStageId: problems, problemsBoardId, futureBoardId, ideaBoardIds };
}
