import type { Lang } from '../session/grid-templates';
import type { NodeKind, TreeKind } from '../tree/types';
import type { BoardKind } from '../doc/plan';

export type { Lang } from '../session/grid-templates';
export const EXPORT_LANGS = ['ru', 'en'] as const satisfies readonly Lang[];

/**
 * Every fixed word the exports print, in both languages. Kept here rather than in the renderer's
 * i18n because the builders also run in the headless host, which never loads the renderer.
 */
const RU = {
  treeKind: { 'problem-tree': 'Дерево проблем', 'goal-tree': 'Дерево целей' } satisfies Record<TreeKind, string>,
  nodeKind: { problem: 'Центральная проблема', cause: 'Причина', consequence: 'Последствие', goal: 'Цель', means: 'Задача', end: 'Результат' } satisfies Record<NodeKind, string>,
  branch: { consequence: 'Последствия', cause: 'Причины', end: 'Результаты', means: 'Задачи' },
  boardKind: { cards: 'Карточки', grid: 'Таблица', 'problem-tree': 'Дерево проблем', 'goal-tree': 'Дерево целей', passport: 'Паспорт проекта', poster: 'Постер' } satisfies Record<BoardKind, string>,
  group: { residents: 'Жители', authorities: 'Власть / МСУ', ngo: 'НКО', business: 'Бизнес', youth: 'Молодёжь', _none: 'Без группы' } as Record<string, string>,
  stageStatus: { pending: 'впереди', active: 'идёт', done: 'завершён' },
  activity: { presentation: 'Выступление', discussion: 'Обсуждение', break: 'Перерыв', voting: 'Голосование', passport: 'Паспорт проекта', other: 'Другое' },
  votes: { sheet: 'Итоги', rank: 'Место', item: 'Вариант', board: 'Доска', total: 'Всего', voters: 'Голосовавших', vote: 'Голосование', open: 'идёт, итоги после закрытия', votedOf: 'проголосовали' },
  report: {
    title: 'Отчёт о сессии', agenda: 'Программа', stage: 'Этап', minutes: 'мин', status: 'Статус', boards: 'Доски', votes: 'Голосования',
    trees: 'Деревья', passports: 'Паспорта проектов', participants: 'Участники по группам', group: 'Группа', people: 'Человек',
    team: 'Команда', allTeams: 'Общие доски', empty: '(пусто)', unplaced: 'Вне таблицы', author: 'Автор', generated: 'Сформировано',
    noVotes: 'Голосований не было.', noBoards: 'Досок нет.', total: 'Всего', passportPending: 'Экспорт паспорта подключается отдельно.',
    emptyCards: 'На доске нет ни одной карточки.', emptyTree: 'Дерево пустое: на доске нет ни одного узла.', emptyPassport: 'Паспорт не заполнен: доску ещё никто не открывал.',
    poster: { who: 'Кто мы', problem: 'Проблема', doing: 'Что мы делаем', results: 'Результаты и цифры', needs: 'Что нам нужно', contacts: 'Контакты', name: 'Название' },
    posterEmpty: 'Команда не заполнила постер.',
    questions: 'Вопросы и ответы', noQuestions: 'Посетители не задали вопросов.', answer: 'ответ команды',
    offers: 'Предложения помощи', offersByCategory: 'Категория', offersCount: 'Предложений', noOffers: 'Предложений помощи не поступило.',
    decisions: 'Решения', decisionsNote: 'Три варианта с наибольшим числом голосов в каждом закрытом голосовании, с разбивкой по группам участников.',
    noDecisions: 'Ни одно голосование не закрыто: решений по итогам голосования нет.', points: 'голосов',
    signatures: 'Подписи', role: 'Роль', fullName: 'ФИО', facilitator: 'Модератор', organiser: 'Организатор', signature: 'подпись', signDate: 'Дата',
    consented: 'Контакты (только с согласия отправителя)', noConsented: 'Никто из предложивших помощь не согласился передать контакт.',
  },
  untitled: 'Без названия',
};

type Labels = typeof RU;

const EN: Labels = {
  treeKind: { 'problem-tree': 'Problem tree', 'goal-tree': 'Goal tree' },
  nodeKind: { problem: 'Central problem', cause: 'Cause', consequence: 'Consequence', goal: 'Goal', means: 'Task', end: 'Result' },
  branch: { consequence: 'Consequences', cause: 'Causes', end: 'Results', means: 'Tasks' },
  boardKind: { cards: 'Cards', grid: 'Grid', 'problem-tree': 'Problem tree', 'goal-tree': 'Goal tree', passport: 'Project passport', poster: 'Poster' },
  group: { residents: 'Residents', authorities: 'Authorities / local government', ngo: 'NGOs', business: 'Business', youth: 'Youth', _none: 'No group' },
  stageStatus: { pending: 'pending', active: 'running', done: 'done' },
  activity: { presentation: 'Presentation', discussion: 'Discussion', break: 'Break', voting: 'Voting', passport: 'Project passport', other: 'Other' },
  votes: { sheet: 'Results', rank: 'Rank', item: 'Option', board: 'Board', total: 'Total', voters: 'Voters', vote: 'Vote', open: 'open, results after closing', votedOf: 'have voted' },
  report: {
    title: 'Session report', agenda: 'Agenda', stage: 'Stage', minutes: 'min', status: 'Status', boards: 'Boards', votes: 'Votes',
    trees: 'Trees', passports: 'Project passports', participants: 'Participants by group', group: 'Group', people: 'People',
    team: 'Team', allTeams: 'Shared boards', empty: '(empty)', unplaced: 'Outside the grid', author: 'Author', generated: 'Generated',
    noVotes: 'No votes were held.', noBoards: 'No boards.', total: 'Total', passportPending: 'Passport export is added separately.',
    emptyCards: 'The board has no cards.', emptyTree: 'The tree is empty: the board has no nodes.', emptyPassport: 'The passport is not filled in: nobody has opened the board yet.',
    poster: { who: 'Who we are', problem: 'The problem', doing: 'What we do', results: 'Results and figures', needs: 'What we need', contacts: 'Contacts', name: 'Name' },
    posterEmpty: 'The team did not fill in its poster.',
    questions: 'Questions and answers', noQuestions: 'Visitors asked no questions.', answer: "team's answer",
    offers: 'Offers of help', offersByCategory: 'Category', offersCount: 'Offers', noOffers: 'No offers of help came in.',
    decisions: 'Decisions', decisionsNote: 'The three options with the most votes in each closed vote, split by participant group.',
    noDecisions: 'No vote has been closed: there are no decisions by vote yet.', points: 'votes',
    signatures: 'Signatures', role: 'Role', fullName: 'Name', facilitator: 'Facilitator', organiser: 'Organiser', signature: 'signature', signDate: 'Date',
    consented: 'Contacts (only where the sender agreed)', noConsented: 'Nobody who offered help agreed to share a contact.',
  },
  untitled: 'Untitled',
};

const TABLE: Record<Lang, Labels> = { ru: RU, en: EN };

export const labelsFor = (lang: Lang): Labels => TABLE[lang];

/** A stakeholder group's printed name: the plan's own label for custom groups, else the table's. */
export function groupLabel(lang: Lang, id: string, custom: string | null = null): string {
  return custom ?? TABLE[lang].group[id] ?? id;
}
