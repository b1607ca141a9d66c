import './grid.css';
import { useTranslation } from 'react-i18next';
import type { GridCard } from '@shared/doc/grid';
import { addGridCard, moveGridCard, setCardColor } from '@shared/doc/grid';
import { editCard, removeCard } from '@shared/doc/board';
import type { BoardInfo } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { Lang } from '@shared/session/grid-templates';
import type { Room } from '../../collab/rooms';
import type { Viewer } from '../board/board-access';
import type { CardActions } from './GridCardItem';
import { GridAxisEditor } from './GridAxisEditor';
import { GridPhone } from './GridPhone';
import { GridTable } from './GridTable';
import { GridZoom } from './GridZoom';
import { cellFromKey, cellOptions } from './grid-rules';
import { useGrid, useNarrow } from './use-grid';

type Props = {
  room: Room | null;
  board: BoardInfo;
  viewer: Viewer;
  writable: boolean;
  mode: 'console' | 'participant' | 'projector';
  showAuthors: boolean;
  /** Drawn as a history preview: no axis editor and no "locked" notice (it is read-only because it is the past). */
  preview?: boolean;
};

/** What a cell needs to draw its cards and accept new ones; built once per render of the board. */
export type GridContext = {
  writable: boolean;
  showAuthors: boolean;
  draggable: boolean;
  cells: ReturnType<typeof cellOptions>;
  isMine(card: GridCard): boolean;
  canEdit(card: GridCard): boolean;
  actions(card: GridCard): CardActions;
  add(row: string, column: string, text: string): void;
};

/** A grid board: rows × columns of cells with cards. Phones get one cell at a time; the projector a read-only grid. */
export function GridBoard({ room, board, viewer, writable, mode, showAuthors, preview = false }: Props) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ru';
  const data = useGrid(room, board.template, lang);
  const narrow = useNarrow();
  if (!room || !data) return <p className="muted">{t('board.loading')}</p>;

  const doc = room.doc;
  const { layout } = data;
  const isMine = (c: GridCard) => c.authorId !== null && c.authorId === viewer.personId;
  const ctx: GridContext = {
    writable,
    showAuthors,
    draggable: writable && !narrow,
    cells: cellOptions(layout),
    isMine,
    canEdit: (c) => writable && (viewer.facilitator || isMine(c)),
    actions: (c) => ({
      edit: (text) => editCard(doc, c.id, text, LOCAL_ORIGIN),
      remove: () => removeCard(doc, c.id, LOCAL_ORIGIN),
      color: (color) => setCardColor(doc, c.id, color, LOCAL_ORIGIN),
      move: (key) => {
        const to = cellFromKey(layout, key);
        if (to) moveGridCard(doc, c.id, to, LOCAL_ORIGIN);
      },
    }),
    add: (row, column, text) => addGridCard(doc, { text, row, column, authorId: viewer.personId, authorName: viewer.name }, LOCAL_ORIGIN),
  };
  const count = data.grid.unplaced.length + [...data.grid.cells.values()].reduce((n, cs) => n + cs.length, 0);
  return (
    <section className={`grid-board grid-board--${mode}`} aria-label={board.title} data-testid="grid.board" data-board-id={board.id}>
      <div className="row-between grid-board__head">
        <h2 className="grid-board__title">{board.title}</h2>
        <span className="muted" data-testid="board.count">
          {t('board.count', { count })}
        </span>
      </div>
      {!writable && !preview && mode !== 'projector' && (
        <p className="notice" data-testid="board.locked">
          {t('board.locked')}
        </p>
      )}
      {narrow && mode !== 'projector' ? (
        <GridPhone data={data} ctx={ctx} />
      ) : mode === 'console' ? (
        <GridZoom>
          <GridTable data={data} ctx={ctx} projector={false} />
        </GridZoom>
      ) : (
        <GridTable data={data} ctx={ctx} projector={mode === 'projector'} />
      )}
      {mode === 'console' && viewer.facilitator && !preview && <GridAxisEditor doc={doc} templateId={board.template} layout={layout} />}
    </section>
  );
}
