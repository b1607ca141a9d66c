import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRounds } from '@shared/doc/championship';
import type { EventMeta } from '@shared/doc/event-meta';
import { hasPdftotext, hasSoffice, OFFICE_TIMEOUT_MS, officeToPdf, pdfPages } from '../unit/export/office';
import type { TestHost } from './helpers/host';
import { api, connect, startTestHost, synced } from './helpers/host';

/**
 * Each demo event's report as an organiser gets it: the PDF, and the DOCX opened by LibreOffice,
 * both read back with pdftotext. Both must carry the event's particulars, the agenda's final
 * statuses, the format's own sections (posters with answers and nominations; the championship's
 * leaderboard, method, agreement and a feedback page per team), and never "(пусто)".
 */
let host: TestHost;
let events: { id: string; format: string }[];
const fac = () => host.facilitatorToken;
const get = async (eventId: string, name: string) => {
  const res = await fetch(`${host.base}/api/events/${eventId}/export/${name}`, { headers: { authorization: `Bearer ${fac()}` } });
  expect(res.status, name).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};
const json = async <T>(eventId: string): Promise<T> => JSON.parse(new TextDecoder().decode(await get(eventId, 'event.json?lang=ru'))) as T;
const flat = (s: string) => s.replace(/[\s\u00AD-]+/g, ' ');
/** The first words of a text: enough to find it however a layout wrapped or hyphenated the rest. */
const start = (s: string, n = 3) => flat(s).trim().split(' ').slice(0, n).join(' ');
const eventOf = (format: string) => events.find((e) => e.format === format)!.id;

/** The report in both formats, ru: [pdf pages, docx-through-LibreOffice pages]. */
/**
 * Each report read back as text, page by page; `rows` keeps the physical layout, so a table row reads
 * along its line (LibreOffice lays wide table columns out as blocks that plain pdftotext reads one
 * column after another).
 */
async function bothReports(eventId: string, lang = 'ru'): Promise<{ name: string; pages: string[]; rows: string }[]> {
  const [pdf, docx] = await Promise.all([get(eventId, `report.pdf?lang=${lang}`), get(eventId, `report.docx?lang=${lang}`)]);
  const read = async (name: string, file: Uint8Array) => ({
    name,
    pages: (await pdfPages(file)).map(flat),
    rows: (await pdfPages(file, true)).map(flat).join(' '),
  });
  return [await read(`report.pdf ${lang}`, pdf), await read(`report.docx ${lang} via LibreOffice`, await officeToPdf(docx, 'docx'))];
}

function expectMeta(text: string, meta: EventMeta, date: string): void {
  expect(text).toContain(flat(date));
  for (const v of [meta.place, meta.organiser, meta.facilitator]) expect(text).toContain(start(v));
}

beforeAll(async () => {
  host = await startTestHost({ demo: true });
  events = (await api<{ events: { id: string; format: string }[] }>(host, 'GET', '/api/events', { token: fac() })).body.events;
});
afterAll(() => host.stop());

describe('event particulars', () => {
  it('the demos have them; PATCH sets them, refuses a date that does not exist and keeps the rest', async () => {
    const id = eventOf('strategy');
    const before = (await json<{ meta: EventMeta }>(id)).meta;
    expect(before.date).toBe('2019-10-19');
    expect(before.facilitator).not.toBe('');
    const bad = await api(host, 'PATCH', `/api/events/${id}`, { token: fac(), body: { meta: { date: '2026-02-30' } } });
    expect(bad.status).toBe(400);
    const long = await api(host, 'PATCH', `/api/events/${id}`, { token: fac(), body: { meta: { place: 'x'.repeat(201) } } });
    expect(long.status).toBe(400);
    const anon = await api(host, 'PATCH', `/api/events/${id}`, { body: { meta: { place: 'Где-то' } } });
    expect(anon.status).toBe(401);
    expect((await json<{ meta: EventMeta }>(id)).meta).toEqual(before);
    const ok = await api(host, 'PATCH', `/api/events/${id}`, { token: fac(), body: { meta: { place: '  Няндома, библиотека ' } } });
    expect(ok.status).toBe(200);
    expect((await json<{ meta: EventMeta }>(id)).meta).toEqual({ ...before, place: 'Няндома, библиотека' });
    await api(host, 'PATCH', `/api/events/${id}`, { token: fac(), body: { meta: { place: before.place } } });
    expect((await json<{ meta: EventMeta }>(id)).meta).toEqual(before);
  });
});

describe.skipIf(!hasSoffice || !hasPdftotext)('demo reports through LibreOffice and pdftotext (needs soffice and pdftotext)', () => {
  it(
    'strategy session: particulars, final stage statuses, boards, trees, votes, decisions, passport, signatures — in ru and en',
    async () => {
      const id = eventOf('strategy');
      const ev = await json<{
        meta: EventMeta;
        boards: { title: string; kind: string; content: { tree?: { nodes: { text: string }[] } } }[];
        votes: { result: { items: { text: string }[] } | null }[];
      }>(id);
      const reports = [...(await bothReports(id, 'ru')), ...(await bothReports(id, 'en'))];
      for (const { name, pages } of reports) {
        const text = pages.join(' ');
        const ru = name.includes(' ru');
        expectMeta(text, ev.meta, ru ? '19.10.2019' : '2019-10-19');
        for (const s of ru ? ['проведён', 'пропущен', 'не дошли'] : ['held', 'skipped', 'not reached']) expect(text, `${name}: ${s}`).toContain(s);
        // The live statuses never reach the record.
        expect(text, name).not.toMatch(ru ? /мин (впереди|идёт|завершён)/ : /min (pending|running|done)/);
        for (const b of ev.boards) expect(text, `${name}: ${b.title}`).toContain(start(b.title));
        for (const b of ev.boards.filter((x) => x.content.tree)) for (const n of b.content.tree!.nodes.slice(0, 5)) expect(text).toContain(start(n.text));
        for (const v of ev.votes.filter((x) => x.result)) expect(text).toContain(start(v.result!.items[0]!.text));
        expect(text).toContain(ru ? 'Решения' : 'Decisions');
        expect(text).toContain(ru ? 'Подписи' : 'Signatures');
        expect(text).not.toContain('(пусто)');
        expect(text).not.toContain('(empty)');
      }
    },
    4 * OFFICE_TIMEOUT_MS,
  );

  it(
    'poster session: every poster, its questions and answers, offers by category, consented contacts, both nominations with the winners',
    async () => {
      const id = eventOf('posters');
      type Board = {
        kind: string;
        content: {
          kind: string;
          poster?: { name: string; problem: string };
          threads?: { question: string; replies: { text: string }[] }[];
          consented?: { from: string }[];
        };
      };
      const before = await json<{ votes: { id: string; title: string; state: string }[] }>(id);
      const audience = before.votes.find((v) => v.state === 'open')!;
      expect((await api(host, 'POST', `/api/events/${id}/votes/${audience.id}/close`, { token: fac(), body: {} })).status).toBe(200);
      const ev = await json<{ meta: EventMeta; boards: Board[]; votes: { id: string; result: { items: { text: string; total: number }[] } | null }[] }>(id);
      const result = ev.votes.find((v) => v.id === audience.id)!.result!;
      const best = Math.max(...result.items.map((i) => i.total));
      const winners = result.items.filter((i) => i.total === best);
      for (const { name, pages } of await bothReports(id)) {
        const text = pages.join(' ');
        expectMeta(text, ev.meta, '24.11.2012');
        const posters = ev.boards.filter((b) => b.content.kind === 'poster');
        expect(posters.length).toBeGreaterThan(0);
        for (const b of posters) {
          expect(text, `${name}: ${b.content.poster!.name}`).toContain(start(b.content.poster!.name));
          expect(text).toContain(start(b.content.poster!.problem));
          for (const t of b.content.threads!) {
            expect(text).toContain(start(t.question));
            for (const r of t.replies) expect(text).toContain(start(r.text));
          }
        }
        for (const b of ev.boards.filter((x) => x.content.kind === 'offers')) for (const c of b.content.consented!) expect(text).toContain(c.from);
        expect(text).toContain('Предложений');
        expect(text).toContain('Номинации');
        expect(text).toContain('Приз жюри');
        expect(text).toContain('Жюри не назначено');
        expect(text).toContain('Приз зрительских симпатий');
        expect(text).toContain(winners.length > 1 ? 'Победители (равное число голосов)' : 'Победитель');
        for (const w of winners) expect(text, `${name}: winner ${w.text}`).toContain(`${w.text} (${w.total} голос`);
        expect(text).toContain('Программа в приложении не составлялась');
        expect(text).not.toContain('(пусто)');
      }
    },
    3 * OFFICE_TIMEOUT_MS,
  );

  it(
    'championship: cases, the revealed leaderboard with its method, Kendall W with its jurors, a feedback page per team with the jury comments',
    async () => {
      const id = eventOf('championship');
      const roundId = await roundOf(id);
      const reveal = await api<{ rows: { teamName: string; rank: number }[] }>(host, 'POST', `/api/events/${id}/championship/reveal`, {
        token: fac(),
        body: { mode: 'all', round: roundId },
      });
      expect(reveal.status).toBe(200);
      const ev = await json<{ meta: EventMeta; teams: { name: string }[] }>(id);
      for (const { name, pages, rows } of await bothReports(id)) {
        const text = pages.join(' ');
        expectMeta(text, ev.meta, '20.04.2013');
        for (const c of ['Как вовлечь жителей в благоустройство двора', 'Панель гражданских советников при мэрии']) expect(text).toContain(c);
        // A table cell may wrap a team's name; its first word follows its place in both layouts.
        for (const r of reveal.body.rows) expect(rows, `${name}: ${r.teamName}`).toContain(`${r.rank} ${start(r.teamName, 1)}`);
        expect(text).toContain('Как подсчитано: взвешенная сумма оценок');
        expect(text).toContain('итоги зафиксированы при оглашении');
        expect(text).toMatch(/W Кендалла\): W = 0,\d{3}, по оценкам 4 из 4 членов жюри/);
        expect(text).toContain('по среднему баллу критерия «Актуальность»');
        expect(text).toContain('Сильная постановка проблемы (Ирина Викторовна Смирнова)');
        for (const t of ev.teams) {
          const page = pages.findIndex((p) => p.startsWith(`Отзывы жюри: ${t.name}`));
          expect(page, `${name}: a feedback page of its own for ${t.name}`).toBeGreaterThan(0);
          expect(pages[page]).toMatch(/Место: \d/);
        }
        expect(text).toContain('Паспорт не заполнен');
        expect(text).not.toContain('(пусто)');
      }
    },
    3 * OFFICE_TIMEOUT_MS,
  );
});

/** The championship's round, read from the plan room as a facilitator's client reads it. */
async function roundOf(eventId: string): Promise<string> {
  const c = connect(host, `${eventId}/plan`, fac());
  try {
    await synced(c.provider);
    return readRounds(c.doc)[0]!.id;
  } finally {
    c.provider.destroy();
  }
}
