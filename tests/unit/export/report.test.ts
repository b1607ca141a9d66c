import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '@shared/export/report-docx';
import { reportBlocks } from '@shared/export/report-model';
import { readEventSnapshot } from '@shared/export/snapshot';
import { buildReportPdf } from '../../../electron/host/export/report-pdf';
import { buildTreeFile } from '../../../electron/host/export/tree-files';
import { bigTree, hostileEvent } from './fixtures';
import { hasPdftotext, hasSoffice, OFFICE_TIMEOUT_MS, officeToPdf, pdfText } from './office';

const blocksFor = (lang: 'ru' | 'en') => reportBlocks(readEventSnapshot(hostileEvent().source, lang), null, '2026-01-01');

/** What any report of the hostile event must show, as pdftotext reads it (whitespace collapsed). */
const MUST_SHOW = [
  '<script>alert(1)</script>',
  '[ссылка](javascript:alert(1))',
  'Кириллица: ёлка, щи, «кавычки» — тире',
  'абвгд еёжзи конец',
  'Центральная <b>проблема</b>',
];

describe.skipIf(!hasPdftotext)('session report (needs pdftotext)', () => {
  it('PDF carries every section and every text whole, the 10,000-character card to its last word', async () => {
    const pdf = await buildReportPdf(blocksFor('ru'), 'ru', 'Отчёт');
    const text = await pdfText(pdf);
    for (const s of [...MUST_SHOW, 'Участники по группам', 'Программа', 'Голосования', 'Команда: @Команда', 'Помогают']) expect(text).toContain(s);
    expect(text).toContain('=HYPERLINK');
  });

  it('English labels in English', async () => {
    const text = await pdfText(await buildReportPdf(blocksFor('en'), 'en', 'Report'));
    for (const s of ['Participants by group', 'Agenda', 'Votes', 'Helpful', 'Causes']) expect(text).toContain(s);
  });

  it.skipIf(!hasSoffice)(
    'DOCX opens in LibreOffice and prints the same texts (needs soffice)',
    async () => {
      const text = await pdfText(await officeToPdf(await buildReportDocx(blocksFor('ru'), 'ru'), 'docx'));
      for (const s of [...MUST_SHOW, 'Участники по группам', 'Голосования']) expect(text).toContain(s);
    },
    OFFICE_TIMEOUT_MS + 60_000,
  );

  it('a 300-node tree PDF shows every node', async () => {
    const t = bigTree(300);
    const text = await pdfText((await buildTreeFile(t, 'pdf', 'ru')) as Uint8Array);
    for (let i = 1; i < 300; i++) expect(text).toContain(`Узел ${i}:`);
  });
});

describe('report cancellation', () => {
  it('an aborted DOCX or PDF report rejects with AbortError and reports no further progress', async () => {
    for (const build of [
      (o: { signal: AbortSignal; onProgress: (f: number) => void }) => buildReportDocx(blocksFor('ru'), 'ru', o),
      (o: { signal: AbortSignal; onProgress: (f: number) => void }) => buildReportPdf(blocksFor('ru'), 'ru', 'x', o),
    ]) {
      const ac = new AbortController();
      const seen: number[] = [];
      await expect(build({ signal: ac.signal, onProgress: (f) => (seen.push(f), ac.abort()) })).rejects.toMatchObject({ name: 'AbortError' });
      expect(seen).toEqual([0]);
    }
  });
});
