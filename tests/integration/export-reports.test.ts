import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPdftotext, pdfText } from '../unit/export/office';
import type { TestHost } from './helpers/host';
import { api, startTestHost } from './helpers/host';

/** Reports of the demo events read back from the PDF the way an organiser would read them. */
let host: TestHost;
let events: { id: string; format: string }[];
const auth = () => ({ authorization: `Bearer ${host.facilitatorToken}` });
const get = async (eventId: string, name: string) => {
  const res = await fetch(`${host.base}/api/events/${eventId}/export/${name}`, { headers: auth() });
  expect(res.status, name).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};
const flat = (s: string) => s.replace(/[\s\u00AD-]+/g, ' ');
const start = (s: string) => flat(s).trim().split(' ').slice(0, 3).join(' ');

beforeAll(async () => {
  host = await startTestHost({ demo: true });
  events = (await api<{ events: { id: string; format: string }[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken })).body.events;
});
afterAll(() => host.stop());

type PosterBoard = {
  id: string;
  kind: string;
  content: {
    kind: string;
    poster?: { name: string; problem: string };
    threads?: { question: string; replies: { text: string }[] }[];
    counts?: { count: number }[];
  };
};

describe('poster session report', () => {
  it('event.json keeps posters as posters, with their questions and answers, and inboxes as offer counts', async () => {
    const ev = events.find((e) => e.format === 'posters')!;
    const json = JSON.parse(new TextDecoder().decode(await get(ev.id, 'event.json?lang=ru'))) as { boards: PosterBoard[] };
    const posters = json.boards.filter((b) => b.content.kind === 'poster');
    expect(posters.length).toBeGreaterThan(0);
    expect(posters.every((b) => b.content.poster!.name.length > 0)).toBe(true);
    expect(posters.some((b) => b.content.threads!.some((t) => t.replies.length > 0))).toBe(true);
    expect(json.boards.some((b) => b.content.kind === 'offers' && b.content.counts!.length > 0)).toBe(true);
  }, 120_000);

  it.skipIf(!hasPdftotext)(
    'the report PDF prints every poster, its questions and answers, and no "(пусто)" (needs pdftotext)',
    async () => {
      const ev = events.find((e) => e.format === 'posters')!;
      const json = JSON.parse(new TextDecoder().decode(await get(ev.id, 'event.json?lang=ru'))) as { boards: PosterBoard[] };
      for (const lang of ['ru', 'en']) {
        const text = flat(await pdfText(await get(ev.id, `report.pdf?lang=${lang}`)));
        expect(text).not.toContain('(пусто)');
        expect(text).not.toContain('(empty)');
        for (const b of json.boards.filter((x) => x.content.kind === 'poster')) {
          expect(text, b.content.poster!.name).toContain(start(b.content.poster!.name));
          for (const t of b.content.threads!) {
            expect(text).toContain(start(t.question));
            for (const r of t.replies) expect(text).toContain(start(r.text));
          }
        }
        expect(text).toContain(lang === 'ru' ? 'Вопросы и ответы' : 'Questions and answers');
      }
    },
    240_000,
  );
});

describe('strategy session report', () => {
  it.skipIf(!hasPdftotext)(
    'lists the decisions (top-voted options with their group split) and ends with a signature block (needs pdftotext)',
    async () => {
      const ev = events.find((e) => e.format === 'strategy')!;
      const json = JSON.parse(new TextDecoder().decode(await get(ev.id, 'event.json?lang=ru'))) as {
        votes: { state: string; result: { items: { text: string }[] } | null }[];
      };
      const closed = json.votes.filter((v) => v.result);
      expect(closed.length).toBeGreaterThan(0);
      const text = flat(await pdfText(await get(ev.id, 'report.pdf?lang=ru')));
      expect(text).toContain('Решения');
      for (const v of closed) expect(text).toContain(start(v.result!.items[0]!.text));
      expect(text).toContain('Подписи');
      expect(text).toMatch(/Модератор/);
      const en = flat(await pdfText(await get(ev.id, 'report.pdf?lang=en')));
      expect(en).toContain('Decisions');
      expect(en).toContain('Signatures');
    },
    240_000,
  );
});

describe('championship report', () => {
  it.skipIf(!hasPdftotext)(
    'says why an unopened tree or passport is empty, and an unopened passport still exports (needs pdftotext)',
    async () => {
      const ev = events.find((e) => e.format === 'championship')!;
      const text = flat(await pdfText(await get(ev.id, 'report.pdf?lang=ru')));
      expect(text).toContain('Паспорт не заполнен');
      const json = JSON.parse(new TextDecoder().decode(await get(ev.id, 'event.json?lang=ru'))) as {
        boards: { id: string; kind: string; content: { passport?: unknown } }[];
      };
      const unopened = json.boards.find((b) => b.kind === 'passport' && b.content.passport === null);
      if (unopened) expect((await get(ev.id, `passport-${unopened.id}.docx?lang=ru`)).byteLength).toBeGreaterThan(1000);
    },
    240_000,
  );
});
