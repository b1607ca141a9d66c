import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Stage, StageId } from '@shared/doc/agenda';
import { EventMetaPatch, isIsoDate, readEventMeta, writeEventMeta } from '@shared/doc/event-meta';
import type { ReportBlock, ReportExtras, ReportJuryRound } from '@shared/export/report-model';
import { reportBlocks } from '@shared/export/report-model';
import { finalStatuses } from '@shared/export/report-sections';
import type { BoardOut, EventSnapshot, VoteOut } from '@shared/export/snapshot';

/** The report model's format sections on plain snapshots: what each section says, and why when it is empty. */

const stage = (id: string, status: Stage['status'], method: Stage['method'] = { kind: 'activity', activity: 'discussion' }): Stage => ({
  id: id as StageId,
  title: `Этап ${id}`,
  method,
  durationMin: 10,
  order: id,
  status,
});
const cards = (id: string, stageId: string | null, n: number): BoardOut => ({
  id,
  title: `Доска ${id}`,
  kind: 'cards',
  teamId: null,
  teamName: null,
  stageId,
  content: { kind: 'cards', cards: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, text: `Карточка ${i}`, author: null, color: null })) },
});
const snap = (over: Partial<EventSnapshot>): EventSnapshot => ({
  title: 'Сессия',
  format: 'strategy',
  lang: 'ru',
  groups: [],
  teams: [],
  stages: [],
  boards: [],
  votes: [],
  people: [],
  participantsByGroup: [],
  showAuthors: true,
  meta: { date: '', place: '', organiser: '', facilitator: '' },
  ...over,
});
const text = (blocks: ReportBlock[]) =>
  blocks
    .map((b) =>
      b.t === 'p' || b.t === 'h1' || b.t === 'h2' || b.t === 'h3' || b.t === 'h4'
        ? b.text
        : b.t === 'list'
          ? b.items.map((i) => i.text).join('\n')
          : b.t === 'table'
            ? [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n')
            : b.t === 'title'
              ? `${b.text}\n${b.sub}`
              : `[${b.t}]`,
    )
    .join('\n');

describe('final stage statuses', () => {
  it('held (started, running, or with work on its boards), skipped before the last held, not reached after it', () => {
    const s = snap({
      stages: [stage('a', 'done'), stage('b', 'pending'), stage('c', 'active'), stage('d', 'pending'), stage('e', 'pending'), stage('f', 'pending')],
      boards: [cards('x', 'd', 2), cards('y', 'e', 0)],
    });
    expect(finalStatuses(s)).toEqual(['done', 'skipped', 'done', 'done', 'notReached', 'notReached']);
    const t = text(reportBlocks(s, null, '2026-03-01'));
    expect(t).toContain('Этап c | Обсуждение | 10 мин | проведён');
    expect(t).not.toMatch(/идёт|впереди|завершён/);
  });

  it('a voting stage counts as held once a vote closed; an event without stages says there was no agenda', () => {
    const closed = { id: 'v', title: 'Голосование', result: { items: [] } } as unknown as VoteOut;
    const s = snap({ stages: [stage('a', 'pending', { kind: 'activity', activity: 'voting' }), stage('b', 'pending')], votes: [closed] });
    expect(finalStatuses(s)).toEqual(['done', 'notReached']);
    expect(text(reportBlocks(snap({}), null, '2026-03-01'))).toContain('Программа в приложении не составлялась');
  });
});

describe('event particulars', () => {
  it('prints the date in the language’s form, and says which particulars the settings lack', () => {
    const s = snap({ meta: { date: '2026-03-01', place: 'Каргополь', organiser: '', facilitator: 'Ирина' } });
    const ru = text(reportBlocks(s, null, '2026-03-02'));
    expect(ru).toContain('Дата: 01.03.2026');
    expect(ru).toContain('Место: Каргополь');
    expect(ru).toContain('Организатор: — (не указано в настройках мероприятия)');
    expect(ru).toContain('Модератор | Ирина');
    expect(ru).toContain('Сформировано 02.03.2026');
    expect(text(reportBlocks({ ...s, lang: 'en' }, null, '2026-03-02'))).toContain('Date: 2026-03-01');
  });

  it('only real dates pass, texts are capped, and a raw client’s junk in the plan reads as unset', () => {
    expect(['2026-02-28', '2024-02-29'].every(isIsoDate)).toBe(true);
    expect(['2026-02-30', '2025-02-29', '2026-13-01', '01.03.2026', '2026-3-1', ''].some(isIsoDate)).toBe(false);
    expect(EventMetaPatch.safeParse({ date: '2026-02-30' }).success).toBe(false);
    expect(EventMetaPatch.safeParse({ place: 'x'.repeat(201) }).success).toBe(false);
    expect(EventMetaPatch.safeParse({ who: 'x' }).success).toBe(false);
    const plan = new Y.Doc();
    plan.getMap('settings').set('eventMeta', { date: '2026-02-30', place: 42, organiser: 'y'.repeat(500), facilitator: ' Ирина ' });
    expect(readEventMeta(plan)).toEqual({ date: '', place: '', organiser: 'y'.repeat(200), facilitator: 'Ирина' });
    writeEventMeta(plan, { date: '2026-03-01' }, null);
    expect(readEventMeta(plan).date).toBe('2026-03-01');
    expect(readEventMeta(plan).facilitator).toBe('Ирина');
  });
});

const round = (over: Partial<ReportJuryRound> = {}): ReportJuryRound => ({
  id: 'r1',
  title: 'Финал',
  status: 'итоги зафиксированы',
  frozen: true,
  method: 'взвешенная сумма',
  rows: [
    { rank: 1, team: 'Альфа', total: 0.8, tieBreak: null },
    { rank: 1, team: 'Бета', total: 0.8, tieBreak: null },
    { rank: 3, team: 'Гамма', total: 0.5, tieBreak: null },
  ],
  tieBreaks: [],
  kendallW: 0.75,
  wJurors: 3,
  ...over,
});

describe('poster session nominations', () => {
  const audience = (result: VoteOut['result'], progress: VoteOut['progress'] = null): VoteOut =>
    ({ id: 'aud', title: 'Приз зрительских симпатий', items: [], result, progress }) as unknown as VoteOut;
  const item = (text: string, total: number, rank: number) => ({ boardId: 'b', itemId: text, text, total, rank, byGroup: {}, voters: total });

  it('names the winners of both prizes and says when a place is shared', () => {
    const s = snap({ format: 'posters', votes: [audience({ items: [item('Альфа', 3, 1), item('Бета', 3, 1), item('Гамма', 1, 3)] } as never)] });
    const x: ReportExtras = { audienceVoteId: 'aud', posterRoundId: 'r1', rounds: [round()], jurors: [{ name: 'Ю', chair: true }] };
    const t = text(reportBlocks(s, null, '2026-03-01', x));
    expect(t).toContain('Победители (место разделено): Альфа (0,800), Бета (0,800)');
    expect(t).toContain('Победители (равное число голосов): Альфа (3 голоса), Бета (3 голоса)');
    expect(t).not.toMatch(/^Голосования$/m);
  });

  it('says why a prize has no winner: no jury, no marks yet, the vote still open, no vote at all', () => {
    const none = text(reportBlocks(snap({ format: 'posters' }), null, '2026-03-01', {}));
    expect(none).toContain('Жюри не назначено.');
    expect(none).toContain('Зрительское голосование не проводилось.');
    const unscored = round({ rows: [{ rank: 1, team: 'Альфа', total: null, tieBreak: null }] });
    const open = snap({ format: 'posters', votes: [audience(null, { voted: 4, eligible: 9 })] });
    const t = text(
      reportBlocks(open, null, '2026-03-01', { audienceVoteId: 'aud', posterRoundId: 'r1', rounds: [unscored], jurors: [{ name: 'Ю', chair: false }] }),
    );
    expect(t).toContain('Жюри ещё не оценивало: оценок нет.');
    expect(t).toContain('Голосование ещё идёт (проголосовали 4 из 9)');
  });
});

describe('championship report', () => {
  it('the leaderboard with its method, preliminary marked, W with the jurors it covers, and a page per team', () => {
    const s = snap({ format: 'championship', teams: [{ id: 't1', name: 'Альфа' }] });
    const x: ReportExtras = {
      jurors: [
        { name: 'Ю1', chair: true },
        { name: 'Ю2', chair: false },
        { name: 'Ю3', chair: false },
        { name: 'Ю4', chair: false },
      ],
      rounds: [round({ frozen: false, status: 'предварительно: оглашения ещё не было' })],
      cases: [
        { title: 'Двор', text: 'Текст кейса', released: true },
        { title: '', text: '', released: false },
      ],
      feedback: [
        {
          event: 'Сессия',
          team: 'Альфа',
          date: '01.03.2026',
          anonymous: false,
          rounds: [{ title: 'Финал', rank: 1, criteria: [{ title: 'Новизна', mean: 7.5, comments: [{ juror: 'Ю1', text: 'Свежо' }] }] }],
        },
        { event: 'Сессия', team: 'Бета', date: '01.03.2026', anonymous: false, rounds: [] },
      ],
    };
    const blocks = reportBlocks(s, null, '2026-03-01', x);
    const t = text(blocks);
    expect(t).toContain('Статус: предварительно: оглашения ещё не было');
    expect(t).toContain('Как подсчитано: взвешенная сумма.');
    expect(t).toContain('W = 0,750, по оценкам 3 из 4 членов жюри');
    expect(t).toContain('Текст кейса');
    expect(t).toContain('Кейс ещё не опубликован');
    expect(t).toContain('Новизна — средняя оценка 7,5');
    expect(t).toContain('Свежо (Ю1)');
    expect(t).toContain('Жюри ещё не оценивало эту команду.');
    const pages = blocks.flatMap((b, i) => (b.t === 'pagebreak' ? [blocks[i + 1]] : []));
    expect(pages).toEqual([
      { t: 'h1', text: 'Отзывы жюри: Альфа' },
      { t: 'h1', text: 'Отзывы жюри: Бета' },
    ]);
    const noJury = text(reportBlocks(s, null, '2026-03-01', { jurors: [], rounds: [] }));
    expect(noJury).toContain('Раундов оценки нет');
    expect(noJury).toContain('Кейсы в приложении не заводились.');
    expect(text(reportBlocks(s, null, '2026-03-01', { ...x, rounds: [round({ kendallW: null, wJurors: 1 })] }))).toContain('не вычисляется');
  });
});
