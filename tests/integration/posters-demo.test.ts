import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChampionship } from '@shared/doc/championship';
import { readPoster } from '@shared/doc/poster';
import { readVote } from '@shared/doc/voting';
import { readThreads } from '@shared/posters/threads';
import type { PosterSession } from '@shared/posters/session-doc';
import type { EventSummary } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, startTestHost, synced } from './helpers/host';
import { hasPdftotext, hasSoffice, OFFICE_TIMEOUT_MS, officeToPdf, pdfText } from '../unit/export/office';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ demo: true });
});
afterAll(() => host.stop());

describe('the poster session demo', () => {
  it('has filled posters, answered questions, an audience vote, and a needs↔offers export with only consented contacts', async () => {
    const fac = { token: host.facilitatorToken };
    const events = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', fac)).body.events;
    const ev = events.find((e) => e.format === 'posters')!;
    const session = (await api<PosterSession>(host, 'GET', `/api/events/${ev.id}/posters`, fac)).body;
    expect(session.slots.length).toBeGreaterThanOrEqual(4);
    const plan = connect(host, `${ev.id}/plan`, host.facilitatorToken);
    const results = connect(host, `${ev.id}/results`, host.facilitatorToken);
    const posters = session.slots.map((s) => connect(host, `${ev.id}/board/${s.poster}`, host.facilitatorToken));
    await Promise.all([plan, results, ...posters].map((c) => synced(c.provider)));
    for (const p of posters) expect(readPoster(p.doc).problem).not.toBe('');
    const answered = session.slots.flatMap((s) => readThreads(results.doc, s.poster)).filter((t) => t.replies.some((r) => r.answer));
    expect(answered.length).toBeGreaterThanOrEqual(3);
    const voteId = readChampionship(plan.doc).settings.audienceVoteId!;
    expect(readVote(plan.doc, voteId)?.state).toBe('open');

    const res = await fetch(`${host.base}/api/events/${ev.id}/export/needs-offers.csv`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    const csv = await res.text();
    expect(csv).toContain('+7 902 000-11-22');
    expect(csv).toContain('law@example.org');
    expect(csv).toContain('Оплатим грим на полгода');
    expect(csv).not.toContain('kashin@example.org');
    expect(csv).not.toContain('vera@example.org');
    for (const c of [plan, results, ...posters]) c.provider.destroy();
  });

  it('exports a poster catalogue PDF, one poster a page', async () => {
    const fac = { token: host.facilitatorToken };
    const events = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', fac)).body.events;
    const ev = events.find((e) => e.format === 'posters')!;
    const session = (await api<PosterSession>(host, 'GET', `/api/events/${ev.id}/posters`, fac)).body;
    const res = await fetch(`${host.base}/api/events/${ev.id}/export/posters.pdf`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)?.length).toBe(session.slots.length);
    const csvName = await fetch(`${host.base}/api/events/${ev.id}/export/posters.csv`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    expect(csvName.status).toBe(400);
  });

  it.skipIf(!hasSoffice || !hasPdftotext)(
    'needs↔offers XLSX opens in LibreOffice with the initiatives, offers and only consented contacts; the catalogue PDF reads back',
    async () => {
      const fac = { token: host.facilitatorToken };
      const events = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', fac)).body.events;
      const ev = events.find((e) => e.format === 'posters')!;
      const get = async (name: string) =>
        new Uint8Array(
          await (
            await fetch(`${host.base}/api/events/${ev.id}/export/${name}`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } })
          ).arrayBuffer(),
        );
      const sheet = await pdfText(await officeToPdf(await get('needs-offers.xlsx'), 'xlsx'));
      for (const want of ['Инициатива', 'Больничные клоуны', 'Оплатим грим на полгода', '+7 902 000-11-22', 'law@example.org']) expect(sheet).toContain(want);
      for (const secret of ['kashin@example.org', 'vera@example.org']) expect(sheet).not.toContain(secret);
      const catalogue = await pdfText(await get('posters.pdf'));
      const session = (await api<PosterSession>(host, 'GET', `/api/events/${ev.id}/posters`, fac)).body;
      const plan = connect(host, `${ev.id}/plan`, host.facilitatorToken);
      const posters = session.slots.map((s) => connect(host, `${ev.id}/board/${s.poster}`, host.facilitatorToken));
      await Promise.all([plan, ...posters].map((c) => synced(c.provider)));
      for (const p of posters) expect(catalogue).toContain(readPoster(p.doc).name.split(' ')[0]);
      for (const c of [plan, ...posters]) c.provider.destroy();
    },
    OFFICE_TIMEOUT_MS + 60_000,
  );
});
