import { describe, expect, it } from 'vitest';
import { reportBlocks } from '@shared/export/report-model';
import { treeOutlineItems } from '@shared/export/report-outline';
import { TREE_SCHEMA } from '@shared/export/tree-data';
import type { TreeExport } from '@shared/export/tree-data';
import { buildTreeMm } from '@shared/export/tree-mm';
import { buildTreeMarkdown } from '@shared/export/tree-outline';
import { buildTreeSvg } from '@shared/export/tree-svg';

/** A goal tree mirrored from a problem tree: one task written, one still showing its source, one blank. */
const goalTree: TreeExport = {
  schema: TREE_SCHEMA,
  kind: 'goal-tree',
  title: 'Цели',
  nodes: [
    { id: 'root', kind: 'goal', text: '', parentId: null, order: 0, sourceText: 'Молодёжь уезжает из района' },
    { id: 'a', kind: 'means', text: 'Открыть коворкинг', parentId: 'root', order: 0 },
    { id: 'b', kind: 'means', text: '', parentId: 'root', order: 1, sourceText: 'Нет работы для молодёжи' },
    { id: 'c', kind: 'end', text: '  ', parentId: 'root', order: 2 },
  ],
};

describe('empty goal nodes show their hint in every format', () => {
  it('Markdown: the hint in italics, "не заполнено" for a node without one, never a blank bullet', () => {
    const md = buildTreeMarkdown(goalTree, 'ru');
    expect(md).toContain('**Цель:** *(подсказка: «Молодёжь уезжает из района»)*');
    expect(md).toContain('- *(подсказка: «Нет работы для молодёжи»)*');
    expect(md).toContain('- *(не заполнено)*');
    expect(md).toContain('- Открыть коворкинг');
    expect(md).not.toMatch(/^\s*- *$/m);
    expect(buildTreeMarkdown(goalTree, 'en')).toContain('- *(not filled in)*');
  });

  it('FreeMind: the hint as the node text in grey, no empty TEXT', () => {
    const mm = buildTreeMm(goalTree, 'ru');
    expect(mm).toContain('TEXT="(подсказка: «Нет работы для молодёжи»)"');
    expect(mm).toMatch(/TEXT="\(подсказка: «Нет работы для молодёжи»\)" ID="ID_b"( POSITION="\w+")? COLOR="#6f6f6f"/);
    expect(mm).toContain('TEXT="(не заполнено)"');
    expect(mm).not.toContain('TEXT=""');
  });

  it('the report outline (DOCX and PDF lists) carries the hint', () => {
    const texts = treeOutlineItems(goalTree, 'ru').map((i) => i.text);
    expect(texts).toContain('Цель: (подсказка: «Молодёжь уезжает из района»)');
    expect(texts).toContain('(подсказка: «Нет работы для молодёжи»)');
    expect(texts).toContain('(не заполнено)');
    expect(texts.every((t) => t.trim() !== '')).toBe(true);
  });

  it('the picture draws the hint in the empty box (grey italic)', async () => {
    const svg = await buildTreeSvg(goalTree, 'ru');
    expect(svg).toMatch(/font-style="italic" fill="#6f6f6f"[^>]*>\s*<text[^>]*>«Нет работы/);
  });

  it('a report built from an event keeps the hint in its tree section', () => {
    const snapshot = {
      lang: 'ru',
      title: 'Сессия',
      boards: [{ id: 'g', title: 'Дерево целей', kind: 'goal-tree', teamId: null, teamName: null, content: { kind: 'goal-tree', tree: goalTree } }],
      teams: [],
      stages: [],
      votes: [],
      groups: [],
      people: [],
      participantsByGroup: [],
      meta: { date: '', place: '', organiser: '', facilitator: '' },
    };
    const blocks = reportBlocks(snapshot as never, null, '2 декабря 2026 г.');
    const list = blocks.find((b) => b.t === 'list');
    expect(list && list.t === 'list' && list.items.map((i) => i.text)).toContain('(подсказка: «Нет работы для молодёжи»)');
  });
});
