import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editCard, readCards } from '@shared/doc/board';
import {
  addGridAxisItem,
  addGridCard,
  gridCells,
  moveGridAxisItem,
  moveGridCard,
  readGridCards,
  readGridLayout,
  removeGridAxisItem,
  renameGridAxisItem,
  restoreGridAxisItem,
  setCardColor,
  visibleAuthor,
} from '@shared/doc/grid';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { CardId, PersonId } from '@shared/ids';
import { GRID_TEMPLATES, GRID_TEMPLATE_IDS, SINGLE_ROW, cellKey, gridTemplate } from '@shared/session/grid-templates';

const author = { authorId: 'p1' as PersonId, authorName: 'Анна' };

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('grid templates', () => {
  it('every template has unique ids and both languages filled', () => {
    for (const id of GRID_TEMPLATE_IDS) {
      const t = GRID_TEMPLATES[id];
      for (const axis of [t.rows, t.columns]) {
        expect(new Set(axis.map((x) => x.id)).size).toBe(axis.length);
        if (axis.length > 1) for (const x of axis) expect(x.label.ru && x.label.en).toBeTruthy();
      }
      expect(t.title.ru && t.title.en).toBeTruthy();
    }
  });

  it('has the shapes of the seeds', () => {
    expect(GRID_TEMPLATES['problems-growth-advantages'].columns.map((c) => c.id)).toEqual(['problems', 'growth', 'advantages']);
    expect(Object.values(GRID_TEMPLATES.swot.cells ?? {}).map((l) => l.en)).toEqual(['Strengths', 'Weaknesses', 'Opportunities', 'Threats']);
    expect([GRID_TEMPLATES['programmes-4x4'].rows.length, GRID_TEMPLATES['programmes-4x4'].columns.length]).toEqual([4, 4]);
    expect(GRID_TEMPLATES['resource-matrix'].rows.map((r) => r.id)).toEqual(['premises', 'volunteers', 'equipment', 'expertise', 'media', 'money']);
    expect(GRID_TEMPLATES['future-by-sphere'].columns.map((c) => c.id)).toEqual(['economy', 'environment', 'culture', 'people', 'governance']);
    expect(gridTemplate('nope')).toBeNull();
    expect(gridTemplate('toString')).toBeNull();
  });
});

describe('grid layout in the board doc', () => {
  it('shows the template in the chosen language, with SWOT cell names', () => {
    const layout = readGridLayout(new Y.Doc(), 'swot', 'ru');
    expect(layout.rows.map((r) => r.label)).toEqual(['Внутренние факторы', 'Внешние факторы']);
    expect(layout.cellLabels[cellKey('external', 'negative')]).toBe('Угрозы');
    expect(readGridLayout(new Y.Doc(), 'swot', 'en').columns.map((c) => c.label)).toEqual(['Helpful', 'Harmful']);
  });

  it('the facilitator names the programmes, adds, moves, hides and restores rows', () => {
    const doc = new Y.Doc();
    const t = 'programmes-4x4';
    renameGridAxisItem(doc, 'rows', 'programme-1', '  Добрый Каргополь ', LOCAL_ORIGIN);
    const extra = addGridAxisItem(doc, t, 'rows', 'Программа 5', LOCAL_ORIGIN);
    moveGridAxisItem(doc, t, 'rows', extra, 0, LOCAL_ORIGIN);
    removeGridAxisItem(doc, 'rows', 'programme-3', LOCAL_ORIGIN);
    let rows = readGridLayout(doc, t, 'ru').rows;
    expect(rows.map((r) => r.label)).toEqual(['Программа 5', 'Добрый Каргополь', 'Программа 2', 'Программа 4']);
    expect(rows[0]!.custom).toBe(true);
    restoreGridAxisItem(doc, 'rows', 'programme-3', LOCAL_ORIGIN);
    rows = readGridLayout(doc, t, 'ru').rows;
    expect(rows.map((r) => r.id)).toEqual([extra, 'programme-1', 'programme-2', 'programme-3', 'programme-4']);
  });

  it('an unknown template is an empty grid the facilitator can build', () => {
    const doc = new Y.Doc();
    const r = addGridAxisItem(doc, null, 'rows', 'Ряд', LOCAL_ORIGIN);
    const c = addGridAxisItem(doc, null, 'columns', 'Колонка', LOCAL_ORIGIN);
    const layout = readGridLayout(doc, null, 'ru');
    expect(layout.rows.map((x) => x.id)).toEqual([r]);
    expect(layout.columns.map((x) => x.id)).toEqual([c]);
  });
});

describe('grid cards', () => {
  it('are added to cells, moved between cells, edited and coloured', () => {
    const doc = new Y.Doc();
    const a = addGridCard(doc, { text: 'Отток молодёжи', ...author, row: SINGLE_ROW, column: 'problems' }, LOCAL_ORIGIN);
    const b = addGridCard(doc, { text: 'Туризм', ...author, row: SINGLE_ROW, column: 'problems' }, LOCAL_ORIGIN);
    const c = addGridCard(doc, { text: 'Ремёсла', ...author, row: SINGLE_ROW, column: 'growth' }, LOCAL_ORIGIN);
    moveGridCard(doc, b, { row: SINGLE_ROW, column: 'growth', index: 0 }, LOCAL_ORIGIN);
    editCard(doc, a, 'Молодёжь уезжает', LOCAL_ORIGIN);
    setCardColor(doc, a, '#ffcc00', LOCAL_ORIGIN);
    setCardColor(doc, c, 'red; background: url(x)', LOCAL_ORIGIN);
    const layout = readGridLayout(doc, 'problems-growth-advantages', 'ru');
    const { cells, unplaced } = gridCells(layout, readGridCards(doc));
    expect(cells.get(cellKey(SINGLE_ROW, 'problems'))!.map((x) => [x.text, x.color])).toEqual([['Молодёжь уезжает', '#ffcc00']]);
    expect(cells.get(cellKey(SINGLE_ROW, 'growth'))!.map((x) => [x.id, x.color])).toEqual([
      [b, null],
      [c, null],
    ]);
    expect(unplaced).toEqual([]);
    expect(readCards(doc)).toHaveLength(3); // still a valid card board
  });

  it('a card without a row sits in the first row; a card in a hidden column is unplaced, not lost', () => {
    const doc = new Y.Doc();
    addGridCard(doc, { text: 'Старая карточка', ...author, row: null, column: 'economy' }, LOCAL_ORIGIN);
    addGridCard(doc, { text: 'Про культуру', ...author, row: SINGLE_ROW, column: 'culture' }, LOCAL_ORIGIN);
    removeGridAxisItem(doc, 'columns', 'culture', LOCAL_ORIGIN);
    const { cells, unplaced } = gridCells(readGridLayout(doc, 'future-by-sphere', 'ru'), readGridCards(doc));
    expect(cells.get(cellKey(SINGLE_ROW, 'economy'))!.map((x) => x.text)).toEqual(['Старая карточка']);
    expect(unplaced.map((x) => x.text)).toEqual(['Про культуру']);
  });

  it('authors follow the showAuthors setting', () => {
    expect(visibleAuthor({ authorName: 'Анна' }, true)).toBe('Анна');
    expect(visibleAuthor({ authorName: 'Анна' }, false)).toBeNull();
    expect(visibleAuthor({ authorName: '' }, true)).toBeNull();
  });

  it('concurrent moves of the same cards converge on every copy', () => {
    const columns = ['problems', 'growth', 'advantages'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(4), fc.constantFrom(...columns), fc.nat(5)), { minLength: 1, maxLength: 20 }), (ops) => {
        const a = new Y.Doc();
        const ids = [0, 1, 2, 3, 4].map((i) => addGridCard(a, { text: `c${i}`, ...author, row: SINGLE_ROW, column: 'problems' }, LOCAL_ORIGIN));
        const b = new Y.Doc();
        sync(a, b);
        for (const [onA, card, column, index] of ops) {
          moveGridCard(onA ? a : b, ids[card] as CardId, { row: SINGLE_ROW, column, index }, LOCAL_ORIGIN);
        }
        sync(a, b);
        const layout = readGridLayout(a, 'problems-growth-advantages', 'ru');
        const view = (d: Y.Doc) => [...gridCells(layout, readGridCards(d)).cells.entries()].map(([k, v]) => [k, v.map((c) => c.id)]);
        expect(view(a)).toEqual(view(b));
        expect(
          view(a)
            .flatMap(([, v]) => v as string[])
            .sort(),
        ).toEqual([...ids].sort());
      }),
    );
  });
});
