import { describe, expect, it } from 'vitest';
import { breakLongRuns, textWidth } from '@shared/export/text-wrap';
import { capPassport, capText } from '@shared/export/caps';
import { emptyPassport } from '@shared/passport/model';

describe('breakLongRuns', () => {
  it('leaves text whose words fit alone, no-break spaces included', () => {
    const t = 'Бюджет 5\u00A0000 ₽ на два года';
    expect(breakLongRuns(t, 200, 11)).toBe(t);
  });

  it('cuts a run without spaces into pieces that each fit the width, losing no character', () => {
    const run = 'д'.repeat(5_000);
    const out = breakLongRuns(run, 120, 11);
    const lines = out.split('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.join('')).toBe(run);
    for (const l of lines) expect(textWidth(l, 11, true)).toBeLessThanOrEqual(120);
  });

  it('turns no-break spaces of an over-wide run into plain spaces (a paragraph pasted from Word)', () => {
    const para = Array.from({ length: 200 }, () => 'слово').join('\u00A0');
    const out = breakLongRuns(para, 300, 11);
    expect(out).not.toContain('\u00A0');
    expect(out.split(' ')).toHaveLength(200);
  });

  it('keeps surrogate pairs whole when it cuts', () => {
    const out = breakLongRuns('😀'.repeat(400), 50, 11);
    expect(out.split('\n').every((l) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(l))).toBe(true);
  });

  it('does work proportional to the text: 200,000 characters break in one pass', () => {
    const out = breakLongRuns('ж'.repeat(200_000), 400, 11);
    expect(out.replace(/\n/g, '')).toHaveLength(200_000);
  });
});

describe('export caps', () => {
  it('cuts text over the cap and says how much was cut, in the file language', () => {
    expect(capText('a'.repeat(12), 10, 'en')).toBe(`${'a'.repeat(10)} […cut: 2 more characters over the 10 limit]`);
    expect(capText('я'.repeat(10_500), 10_000, 'ru')).toMatch(/обрезано: ещё 500 симв\. сверх предела 10\s000/);
    expect(capText('short', 10, 'ru')).toBe('short');
  });

  it('caps every passport section and table cell', () => {
    const p = { ...emptyPassport(), summary: 'x'.repeat(25_000), tasks: [{ id: 't1', order: 'a0', text: 'y'.repeat(3_000) }] } as never;
    const capped = capPassport(p, 'en') as unknown as { summary: string; tasks: { text: string }[] };
    expect(capped.summary.startsWith('x'.repeat(20_000))).toBe(true);
    expect(capped.summary).toContain('5,000 more characters');
    expect(capped.tasks[0]!.text).toContain('1,000 more characters');
  });
});

describe('bidi controls', () => {
  it('a right-to-left override in a name is removed from every export text, letters kept', async () => {
    const { stripIllegalXml, xmlEscape, neutraliseCell } = await import('@shared/export/sanitize');
    const name = 'Иван\u202Eвонави\u202C Петров \u2067שלום\u2069';
    for (const out of [stripIllegalXml(name), xmlEscape(name), neutraliseCell(name)]) {
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(out).toContain('שלום');
      expect(out).toContain('Иванвонави Петров');
    }
  });
});
