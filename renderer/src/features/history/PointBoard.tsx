import '../board/board.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { BoardInfo } from '@shared/doc/plan';
import { useCards } from '../../collab/hooks';
import type { Room, RoomState } from '../../collab/rooms';
import type { Viewer } from '../board/board-access';
import { GroupedCards } from '../groups/GroupedCards';
import { GridBoard } from '../grid/GridBoard';
import { TreeEditor } from '../tree/TreeEditor';
import type { Undo } from '../tree/use-tree';
import { useTree } from '../tree/use-tree';
import { useTreeEditing } from '../tree/use-tree-editing';

const STATIC: RoomState = { ready: true, status: 'connected', synced: true, denied: null };
const NO_UNDO: Undo = { undo: () => undefined, redo: () => undefined, canUndo: false, canRedo: false };
const NO_STALE = new Map();

/** A room that is no room: a board's state at a history point, in memory, never connected and never written. */
function pointRoom(name: string, update: string): Room & { destroy(): void } {
  const doc = new Y.Doc();
  Y.applyUpdate(
    doc,
    Uint8Array.from(atob(update), (c) => c.charCodeAt(0)),
  );
  const awareness = new Awareness(doc);
  return {
    name,
    doc,
    awareness,
    getState: () => STATIC,
    subscribe: () => () => undefined,
    destroy() {
      awareness.destroy();
      doc.destroy();
    },
  };
}

/**
 * The board at a history point, drawn by the same views the console uses, with writing off: cards in
 * their columns with their authors, the grid with its cells, the tree on its canvas (pan, zoom and
 * select work; nothing edits). Nothing here reaches the host.
 */
export function PointBoard({ board, update }: { board: BoardInfo; update: string }) {
  const { t } = useTranslation();
  const [room, setRoom] = useState<Room | null>(null);
  useEffect(() => {
    const r = pointRoom(`history:${board.id}`, update);
    setRoom(r);
    return () => r.destroy();
  }, [board.id, update]);
  const viewer: Viewer = { personId: null, name: t('console.facilitatorName'), facilitator: true, teamId: null };
  if (!room) return null;
  if (board.kind === 'problem-tree' || board.kind === 'goal-tree') return <PointTree room={room} />;
  if (board.kind === 'grid') return <GridBoard room={room} board={board} viewer={viewer} writable={false} mode="console" showAuthors preview />;
  return <PointCards room={room} viewer={viewer} />;
}

/** A card board's cards and groups as the console shows them, without the form to add one. */
function PointCards({ room, viewer }: { room: Room; viewer: Viewer }) {
  const cards = useCards(room);
  return (
    <section className="board">
      <GroupedCards doc={room.doc} cards={cards} me={viewer} writable={false} voteOpen={false} showAuthors />
    </section>
  );
}

function PointTree({ room }: { room: Room }) {
  const tree = useTree(room);
  const ed = useTreeEditing(null, tree, null);
  return (
    <div className="history-preview__tree-canvas" data-testid="history.preview-tree">
      <TreeEditor room={room} tree={tree} ed={ed} undo={NO_UNDO} writable={false} projector={false} stale={NO_STALE} />
    </div>
  );
}
