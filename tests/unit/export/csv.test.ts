import { describe, expect, it } from 'vitest';
import { buildCsv, csvDate, csvNumber } from '@shared/export/csv';

describe('the one CSV writer', () => {
  it('writes Russian files with ;, a decimal comma and dd.mm.yyyy dates', () => {
    const csv = buildCsv(
      [
        ['Команда', 'Балл', 'Дата'],
        ['«Север»; 1', 7.25, { date: '2026-11-21' }],
      ],
      'ru',
    );
    expect(csv).toBe('\uFEFFКоманда;Балл;Дата\r\n"«Север»; 1";7,25;21.11.2026\r\n');
  });

  it('writes English files with , a decimal point and ISO dates', () => {
    expect(buildCsv([['a, b', 7.25, { date: '2026-11-21' }]], 'en')).toBe('\uFEFF"a, b",7.25,2026-11-21\r\n');
  });

  it('leaves a phone number alone and still neutralises formulas', () => {
    const csv = buildCsv([['+7 912 345-67-89', '+7(912)3456789', '=HYPERLINK("http://x")', '+SUM(A1)', '-2+3', '@cmd']], 'ru');
    const cells = csv.slice(1, -2).split(';');
    expect(cells[0]).toBe('+7 912 345-67-89');
    expect(cells[1]).toBe('+7(912)3456789');
    expect(cells[2]).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(cells[3]).toBe("'+SUM(A1)");
    expect(cells[4]).toBe("'-2+3");
    expect(cells[5]).toBe("'@cmd");
  });

  it('rounds numbers to three decimals and prints nothing for a non-number', () => {
    expect(csvNumber(2 / 3, 'ru')).toBe('0,667');
    expect(csvNumber(Number.NaN, 'en')).toBe('');
    expect(csvDate('not a date', 'ru')).toBe('not a date');
  });
});
