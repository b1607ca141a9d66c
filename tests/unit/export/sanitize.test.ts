import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../../electron/host/http/api-export';
import { asciiFileStem, neutraliseCell, xmlAttr, xmlEscape } from '@shared/export/sanitize';

describe('sanitising user text', () => {
  it('a cell starting with = + - @ tab or CR gets a quote, unless it is a plain signed number or a phone number; others stay as typed', () => {
    for (const s of ['=1+1', '+SUM(1)', '-2+3', '-A1', '+7 900 x', '@A1', '\tx', '\rx']) expect(neutraliseCell(s)).toBe(`'${s.replace(/\r/, '\n')}`);
    for (const s of ['Текст', ' =1', "'=1", '1-2', '-5', '+3,5', '+7 900', '+7 (912) 345-67-89']) expect(neutraliseCell(s)).toBe(s);
  });

  it('XML escaping covers all five specials and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape(`<a href="x" on='y'>&</a>\u0001\uFFFE`)).toBe('&lt;a href=&quot;x&quot; on=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
    expect(xmlAttr('a\tb\nc')).toBe('a&#9;b&#10;c');
  });

  it('Content-Disposition: an ASCII transliteration plus the real title in RFC 5987 form', () => {
    const h = contentDisposition('Дерево проблем: "отток" / молодёжи', 'svg');
    expect(h).toBe(`attachment; filename="derevo-problem-ottok-molodezhi.svg"; filename*=UTF-8''${encodeURIComponent('Дерево проблем отток молодёжи.svg')}`);
    expect(asciiFileStem('')).toBe('export');
  });
});
