import ExcelJS from 'exceljs';
import * as Y from 'yjs';
import type { BoardId } from '@shared/ids';
import { writePrivateCard } from '@shared/doc/private';
import { describe, expect, it } from 'vitest';
import { buildEventJson, EVENT_SCHEMA } from '@shared/export/event-json';
import { neutraliseCell } from '@shared/export/sanitize';
import { csvText } from '@shared/export/csv';
import { readEventSnapshot } from '@shared/export/snapshot';
import { CSV_BOM, buildVotesCsv } from '@shared/export/votes-csv';
import { buildVotesXlsx } from '@shared/export/votes-xlsx';
import { HOSTILE, hostileEvent } from './fixtures';
import { hasPdftotext, hasSoffice, OFFICE_TIMEOUT_MS, officeToPdf, pdfText } from './office';

const FORMULA = /^[=+\-@\t\r]/;

/** RFC 4180 reader for the round trip: quoted fields may hold the separator, quotes and line breaks. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== sep && c !== '\r')) {
      field += c;
    } else if (c === sep) {
      endField();
    } else if (text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('votes CSV', () => {
  it('starts with a BOM, uses ; for Russian, round-trips Cyrillic and neutralises formulas', () => {
    const s = readEventSnapshot(hostileEvent().source, 'ru');
    const csv = buildVotesCsv(s);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows[0]).toEqual([
      'Голосование',
      'Место',
      'Вариант',
      'Доска',
      'Всего',
      'Голосовавших',
      'Жители',
      'Власть / МСУ',
      'НКО',
      'Бизнес',
      'Молодёжь',
      'Без группы',
    ]);
    const items = rows.slice(1).map((r) => r[2]!);
    // A phone number is left as typed (no apostrophe); every formula-like text is neutralised.
    expect(items).toEqual(HOSTILE.map((h) => csvText(h)));
    expect(items).toContain('+7 (900) 000-00-00');
    for (const r of rows) for (const cell of r) if (!/^\+[\d ()-]+$/.test(cell)) expect(cell).not.toMatch(FORMULA);
    expect(items).toContain('Кириллица: ёлка, щи, «кавычки» — тире');
    expect(rows[1]!.slice(4, 6)).toEqual(['20', '3']);
    expect(parseCsv(buildVotesCsv(readEventSnapshot(hostileEvent().source, 'en')).slice(1), ',')[0]![0]).toBe('Vote');
  });
});

describe('votes XLSX', () => {
  it('writes formula-looking texts as strings, never formulas; bold frozen header; Итоги first', async () => {
    const s = readEventSnapshot(hostileEvent().source, 'ru');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildVotesXlsx(s)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Итоги');
    expect(ws.getRow(1).getCell(2).value).toBe('Вариант');
    expect(ws.getRow(1).font?.bold ?? ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    HOSTILE.forEach((h, i) => {
      const cell = ws.getRow(i + 2).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(neutraliseCell(h));
      // A phone number stays as typed (digits cannot call anything); everything formula-like is quoted.
      if (!/^\+[\d ()-]+$/.test(String(cell.value))) expect(String(cell.value)).not.toMatch(FORMULA);
    });
    expect(ws.getRow(2).getCell(4).value).toBe(20);
  });

  it('a cancelled XLSX build rejects', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(buildVotesXlsx(readEventSnapshot(hostileEvent().source, 'ru'), undefined, { signal: ac.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it.skipIf(!hasSoffice || !hasPdftotext)(
    'LibreOffice opens it and prints the Cyrillic texts (needs soffice + pdftotext)',
    async () => {
      const text = await pdfText(await officeToPdf(await buildVotesXlsx(readEventSnapshot(hostileEvent().source, 'ru')), 'xlsx'));
      expect(text).toContain('Вариант');
      expect(text).toContain('Кириллица: ёлка, щи, «кавычки» — тире');
      expect(text).toContain("'=HYPERLINK");
    },
    OFFICE_TIMEOUT_MS + 60_000,
  );
});

describe('event JSON', () => {
  it('holds plan, boards, votes and results but no private rooms, tokens or hidden authors', () => {
    const { docs, source } = hostileEvent();
    const person = new Y.Doc();
    writePrivateCard(person, 'b' as BoardId, { text: 'ТАЙНАЯ КАРТОЧКА' }, 'test');
    docs.set('person/p0', person);
    docs.get('_host')?.getMap('people').set('p0', 'tokenHash');
    const json = buildEventJson(readEventSnapshot(source, 'ru'), 0);
    const out = JSON.parse(json) as Record<string, unknown> & { boards: { kind: string; content: { kind: string } }[]; votes: { result: unknown }[] };
    expect(out.schema).toBe(EVENT_SCHEMA);
    expect(out.boards.map((b) => b.content.kind)).toEqual(['cards', 'grid', 'problem-tree']);
    expect(out.votes[0]!.result).not.toBeNull();
    expect(json).not.toMatch(/token|joinCode|jurorCode|private/i);
    expect(json).not.toContain('ТАЙНАЯ');
    const cards = out.boards[0]!.content as unknown as { cards: { text: string; author: string | null }[] };
    expect(cards.cards.map((c) => c.text)).toEqual([...HOSTILE]);
    expect(cards.cards[0]!.author).toBe('<i>Автор</i>');
  });
});
