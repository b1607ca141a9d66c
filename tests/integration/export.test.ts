import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHost } from './helpers/host';
import { api, join, startTestHost } from './helpers/host';

/** The export endpoint against the demo strategy event: every format, its headers, and who may ask. */
let host: TestHost;
let eventId: string;
let boards: { id: string; kind: string }[];
let voteId: string;

const get = (path: string, token?: string) => fetch(host.base + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  host = await startTestHost({ demo: true });
  const events = await api<{ events: { id: string; format: string; joinCode: string }[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken });
  eventId = events.body.events.find((e) => e.format === 'strategy')!.id;
  const res = await get(`/api/events/${eventId}/export/event.json`, host.facilitatorToken);
  const event = (await res.json()) as { boards: { id: string; kind: string }[]; votes: { id: string }[] };
  boards = event.boards;
  voteId = event.votes[0]!.id;
});
afterAll(() => host.stop());

const TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  mm: 'application/x-freemind',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const MAGIC: Record<string, number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47],
  pdf: [0x25, 0x50, 0x44, 0x46],
  xlsx: [0x50, 0x4b],
  docx: [0x50, 0x4b],
  csv: [0xef, 0xbb, 0xbf],
};

describe('GET /api/events/<id>/export/<what>.<ext>', () => {
  // One test per format, not one for all: each export is a worker job, and twelve of them in a row
  // outlived a single test's budget on a machine at load 20 (a fresh-clone run beside two burners).
  it.each(['svg', 'png', 'pdf', 'md', 'mm', 'json'])('serves the %s of both demo trees, with type and a Cyrillic filename', async (ext) => {
    const trees = boards.filter((b) => b.kind === 'problem-tree' || b.kind === 'goal-tree');
    expect(trees).toHaveLength(2);
    for (const b of trees) {
      const res = await get(`/api/events/${eventId}/export/tree-${b.id}.${ext}?lang=ru`, host.facilitatorToken);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(res.status, `${b.kind}.${ext}`).toBe(200);
      expect(res.headers.get('content-type')).toBe(TYPES[ext]);
      const disposition = res.headers.get('content-disposition')!;
      expect(disposition).toMatch(new RegExp(`^attachment; filename="[a-z0-9_-]+\\.${ext}"; filename\\*=UTF-8''`));
      expect(decodeURIComponent(disposition.split("''")[1]!)).toMatch(/^Дерево (проблем|целей).*\./);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      if (MAGIC[ext]) expect([...bytes.slice(0, MAGIC[ext]!.length)]).toEqual(MAGIC[ext]);
      if (ext === 'md' && b.kind === 'problem-tree') expect(new TextDecoder().decode(bytes)).toContain('Отток молодёжи из малых городов района');
      if (ext === 'json') expect((JSON.parse(new TextDecoder().decode(bytes)) as { nodes: unknown[] }).nodes).toHaveLength(27);
    }
  });

  it.each(['votes.xlsx', 'votes.csv', 'votes-<id>.xlsx', 'votes-<id>.csv', 'event.json', 'report.pdf', 'report.docx'])(
    'serves %s in both languages',
    async (pattern) => {
      const name = pattern.replace('<id>', voteId);
      for (const lang of ['ru', 'en']) {
        const res = await get(`/api/events/${eventId}/export/${name}?lang=${lang}`, host.facilitatorToken);
        const bytes = new Uint8Array(await res.arrayBuffer());
        const ext = name.split('.').pop()!;
        expect(res.status, name).toBe(200);
        expect(res.headers.get('content-type')).toBe(TYPES[ext]);
        if (MAGIC[ext]) expect([...bytes.slice(0, MAGIC[ext]!.length)]).toEqual(MAGIC[ext]);
      }
    },
  );

  it('refuses participants and jurors (403), anonymous callers (401), and lets the co-facilitator in', async () => {
    const summary = await api<{ joinCode: string; jurorCode: string; cofacilitatorCode: string }>(host, 'GET', `/api/events/${eventId}`, {
      token: host.facilitatorToken,
    });
    const participant = await join(host, summary.body.joinCode, 'Участник');
    const juror = await join(host, summary.body.jurorCode, 'Жюри');
    const cofac = await join(host, summary.body.cofacilitatorCode, 'Соведущая');
    expect((await get(`/api/events/${eventId}/export/event.json`, participant.token)).status).toBe(403);
    expect((await get(`/api/events/${eventId}/export/report.pdf`, juror.token)).status).toBe(403);
    expect((await get(`/api/events/${eventId}/export/votes.csv`)).status).toBe(401);
    expect((await get(`/api/events/${eventId}/export/votes.csv`, cofac.token)).status).toBe(200);
    const other = (await api<{ events: { id: string }[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken })).body.events.find(
      (e) => e.id !== eventId,
    )!;
    expect((await get(`/api/events/${other.id}/export/event.json`, cofac.token)).status).toBe(403);
  });

  it('404 for unknown boards, votes and events; 400 for combinations that do not exist', async () => {
    const card = boards.find((b) => b.kind === 'grid')!;
    const tree = boards.find((b) => b.kind === 'problem-tree')!;
    const status = async (name: string) => (await get(`/api/events/${eventId}/export/${name}`, host.facilitatorToken)).status;
    expect(await status('tree-nope.svg')).toBe(404);
    expect(await status('votes-nope.csv')).toBe(404);
    expect((await get('/api/events/nope/export/event.json', host.facilitatorToken)).status).toBe(404);
    for (const bad of [
      `tree-${card.id}.svg`,
      `tree-${tree.id}.xlsx`,
      'votes.pdf',
      'event.csv',
      'report.json',
      'report',
      'passport.docx',
      'event.json?lang=de',
    ]) {
      expect(await status(bad), bad).toBe(400);
    }
  });
});
