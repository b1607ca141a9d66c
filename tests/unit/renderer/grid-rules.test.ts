import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readGridLayout, removeGridAxisItem } from '@shared/doc/grid';
import { axisEditable, cellFromKey, cellOptions, showsRowHeaders } from '../../../renderer/src/features/grid/grid-rules';

const layout = (template: string, lang: 'ru' | 'en' = 'en') => readGridLayout(new Y.Doc(), template, lang);

describe('grid UI rules', () => {
  it('one-row templates have no row header and no row editing; their columns still change', () => {
    expect(axisEditable('problems-growth-advantages', 'rows')).toBe(false);
    expect(axisEditable('problems-growth-advantages', 'columns')).toBe(true);
    expect(axisEditable('programmes-4x4', 'rows')).toBe(true);
    expect(showsRowHeaders(layout('future-by-sphere'))).toBe(false);
    expect(showsRowHeaders(layout('swot'))).toBe(true);
  });

  it('lists every cell once, row by row, with names a phone can show', () => {
    const cells = cellOptions(layout('problems-growth-advantages'));
    expect(cells.map((c) => c.key)).toEqual(['all:problems', 'all:growth', 'all:advantages']);
    expect(cells[0]!.label).toBe('Problems');
    const swot = cellOptions(layout('swot'));
    expect(swot).toHaveLength(4);
    expect(swot[0]!.label).toBe('Strengths (Internal factors — Helpful)');
    expect(cellOptions(layout('programmes-4x4', 'ru'))[5]!.label).toBe('Программа 2 — Прорывы, цифры, факты');
  });

  it('a drop on anything but a current cell is not a move', () => {
    const doc = new Y.Doc();
    removeGridAxisItem(doc, 'columns', 'growth', 'test');
    const l = readGridLayout(doc, 'problems-growth-advantages', 'en');
    expect(cellFromKey(l, 'all:problems')).toEqual({ row: 'all', column: 'problems' });
    expect(cellFromKey(l, 'all:growth')).toBeNull();
    expect(cellFromKey(l, '')).toBeNull();
  });
});
