import type * as Y from 'yjs';
import { ROOT_ID, addNode, editText, initTree } from '@shared/doc/tree';
import { mirrorIdOf, mirrorProblemTree } from '@shared/tree/goal-tree';
import type { NodeId } from '@shared/tree/types';

/**
 * The demo strategy session's problem tree and its goal tree, from the seeds: the
 * "ПРОЕКТируем будущее малых территорий" sessions in the Kargopol, Nyandoma and Plesetsk districts
 * (young people leaving, few places to meet — hence the «Коммутатор» coworking space — weak
 * transport, crafts without apprentices). `goal` is the team's positive wording in the goal tree;
 * nodes without one are left empty on purpose, so the demo shows the source text as a hint.
 */
type Spec = { id: string; text: string; goal?: string; children?: Spec[] };

const CENTRAL: Spec = {
  id: ROOT_ID,
  text: 'Отток молодёжи из малых городов района',
  goal: 'Молодёжь остаётся в малых городах района и возвращается после учёбы',
};

const CAUSES: Spec[] = [
  {
    id: 'jobs',
    text: 'Нет работы по специальности',
    goal: 'Есть работа по специальностям, востребованным молодёжью',
    children: [
      {
        id: 'jobs-business',
        text: 'Мало предприятий, малый бизнес не растёт',
        goal: 'Малый бизнес растёт, молодые открывают своё дело',
        children: [
          {
            id: 'jobs-support',
            text: 'Трудно получить поддержку и деньги на открытие своего дела',
            goal: 'Работает центр поддержки предпринимательства: консультации, микрозаймы, гранты',
          },
        ],
      },
      {
        id: 'jobs-practice',
        text: 'Выпускникам не предлагают стажировок и практики на месте',
        goal: 'Местные предприятия и администрация берут выпускников на стажировки',
      },
    ],
  },
  {
    id: 'wages',
    text: 'Низкие зарплаты',
    goal: 'Молодые специалисты получают достойную зарплату',
    children: [{ id: 'wages-budget', text: 'Работа в основном в бюджетной сфере с низкими окладами' }],
  },
  {
    id: 'leisure',
    text: 'Мало досуга и мест для встреч',
    goal: 'У молодёжи есть интересный досуг и места для встреч',
    children: [
      {
        id: 'leisure-dk',
        text: 'Дом культуры работает по старым форматам, не для молодёжи',
        goal: 'Дом культуры вместе с молодёжью обновил программу и форматы',
      },
      {
        id: 'leisure-space',
        text: 'Нет открытого пространства для встреч и совместной работы',
        goal: 'Открыт коворкинг «Коммутатор» для встреч, учёбы и проектов',
      },
    ],
  },
  {
    id: 'transport',
    text: 'Слабая транспортная связь',
    goal: 'Удобная транспортная связь с райцентром и Архангельском',
    children: [
      { id: 'transport-bus', text: 'Редкие автобусы до райцентра и Архангельска' },
      { id: 'transport-roads', text: 'Плохие дороги между посёлками' },
    ],
  },
  {
    id: 'voice',
    text: 'Молодёжь не участвует в решениях',
    goal: 'Молодёжь участвует в решениях о развитии района',
    children: [
      { id: 'voice-council', text: 'Власть не советуется с молодёжью, нет молодёжного совета', goal: 'Создан молодёжный совет при главе района' },
      {
        id: 'voice-projects',
        text: 'Молодые не знают, как запустить свой проект и где найти поддержку',
        goal: 'Работает школа проектов с наставниками из НКО, ТОС и бизнеса',
      },
    ],
  },
  { id: 'study', text: 'После школы негде учиться: нет колледжа и профессиональных курсов' },
  { id: 'housing', text: 'Нет доступного жилья для молодых семей', goal: 'Молодые семьи получают жильё по районной программе' },
];

const CONSEQUENCES: Spec[] = [
  {
    id: 'ageing',
    text: 'Старение населения',
    goal: 'Растёт доля молодых жителей и семей с детьми',
    children: [
      {
        id: 'ageing-schools',
        text: 'Закрытие школ и детских садов',
        goal: 'Школы и детские сады сохраняются и полны детей',
        children: [{ id: 'ageing-families', text: 'Семьи с детьми уезжают вслед за школой' }],
      },
    ],
  },
  {
    id: 'staff',
    text: 'Нехватка кадров: врачей, учителей, рабочих',
    goal: 'Район обеспечен кадрами: врачами, учителями, рабочими',
    children: [
      {
        id: 'staff-quality',
        text: 'Падает качество медицины и образования',
        goal: 'Жители получают качественную медицинскую помощь и образование рядом с домом',
      },
    ],
  },
  {
    id: 'crafts',
    text: 'Утрата ремёсел и традиций',
    goal: 'Ремёсла и традиции передаются молодым',
    children: [
      {
        id: 'crafts-toy',
        text: 'Мастера каргопольской игрушки и другие промыслы остаются без учеников',
        goal: 'Мастера промыслов набирают учеников, открываются мастерские для туристов',
      },
    ],
  },
  { id: 'economy', text: 'Падают доходы бюджета и местного бизнеса' },
  { id: 'activity', text: 'Меньше активных жителей и общественных инициатив', goal: 'Больше активных жителей, ТОС и общественных инициатив' },
];

function addAll(doc: Y.Doc, parentId: NodeId, kind: 'cause' | 'consequence', specs: Spec[], origin: unknown): void {
  for (const spec of specs) {
    const added = addNode(doc, { parentId, kind, text: spec.text }, origin, spec.id as NodeId);
    if (!added.ok) throw new Error(`demo tree: ${added.error.message}`);
    addAll(doc, added.value, kind, spec.children ?? [], origin);
  }
}

function* allSpecs(specs: Spec[]): Generator<Spec> {
  for (const s of specs) {
    yield s;
    yield* allSpecs(s.children ?? []);
  }
}

/** Writes the demo problem tree into `problemDoc` and its partly filled goal tree into `goalDoc`. */
export function buildDemoTrees(problemDoc: Y.Doc, goalDoc: Y.Doc, origin: unknown): { nodes: number; filled: number } {
  initTree(problemDoc, 'problem-tree', origin, { id: CENTRAL.id as NodeId, text: CENTRAL.text });
  addAll(problemDoc, CENTRAL.id as NodeId, 'cause', CAUSES, origin);
  addAll(problemDoc, CENTRAL.id as NodeId, 'consequence', CONSEQUENCES, origin);
  const nodes = mirrorProblemTree(problemDoc, goalDoc, origin);
  let filled = 0;
  for (const spec of allSpecs([CENTRAL, ...CAUSES, ...CONSEQUENCES])) {
    if (spec.goal && editText(goalDoc, mirrorIdOf(spec.id as NodeId), spec.goal, origin).ok) filled++;
  }
  return { nodes, filled };
}
