import type { BoardKind } from '../doc/plan';
import type { GridTemplateId, Label } from './grid-templates';

/**
 * The strategy session as the seeds run it (the "ПРОЕКТируем будущее малых территорий" sessions):
 * problems / growth points / advantages → image of the future → project ideas → dot voting →
 * problem tree → goal tree → project passport → public presentation. Applying it copies the
 * chosen language's titles into the plan: the facilitator edits them there like any other stage.
 */

export const ACTIVITY_KINDS = ['presentation', 'discussion', 'break', 'voting', 'passport', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** `perTeam`: each team gets its own copy of the stage's board (see boardsForStage). */
export type StageMethod = { kind: 'board'; boardKind: BoardKind; template: string | null; perTeam: boolean } | { kind: 'activity'; activity: ActivityKind };

export type AgendaTemplateStage = { title: Label; method: StageMethod; durationMin: number };

const grid = (template: GridTemplateId, perTeam: boolean): StageMethod => ({ kind: 'board', boardKind: 'grid', template, perTeam });
const board = (boardKind: BoardKind): StageMethod => ({ kind: 'board', boardKind, template: null, perTeam: true });
const activity = (a: ActivityKind): StageMethod => ({ kind: 'activity', activity: a });

export const STRATEGY_AGENDA: readonly AgendaTemplateStage[] = [
  { title: { ru: 'Открытие: цели сессии и правила работы', en: 'Opening: aims and ground rules' }, method: activity('presentation'), durationMin: 15 },
  {
    title: { ru: 'Проблемы, точки роста и преимущества территории', en: 'Problems, growth points and advantages of the territory' },
    method: grid('problems-growth-advantages', true),
    durationMin: 40,
  },
  { title: { ru: 'Образ будущего', en: 'Image of the future' }, method: grid('future-by-sphere', true), durationMin: 30 },
  { title: { ru: 'Перерыв', en: 'Break' }, method: activity('break'), durationMin: 15 },
  { title: { ru: 'Проектные идеи', en: 'Project ideas' }, method: board('cards'), durationMin: 30 },
  { title: { ru: 'Голосование точками', en: 'Dot voting' }, method: activity('voting'), durationMin: 10 },
  { title: { ru: 'Дерево проблем', en: 'Problem tree' }, method: board('problem-tree'), durationMin: 45 },
  { title: { ru: 'Дерево целей', en: 'Goal tree' }, method: board('goal-tree'), durationMin: 30 },
  { title: { ru: 'Паспорт проекта', en: 'Project passport' }, method: board('passport'), durationMin: 45 },
  { title: { ru: 'Публичная презентация проектов', en: 'Public presentation of the projects' }, method: activity('presentation'), durationMin: 40 },
];

export const AGENDA_TEMPLATES = { strategy: STRATEGY_AGENDA } as const;
export type AgendaTemplateId = keyof typeof AGENDA_TEMPLATES;
