import type { Poster } from '../../../../shared/doc/poster';
import { readPoster } from '../../../../shared/doc/poster';
import type { Room } from '../../collab/rooms';
import { useDocValue, useRoomState } from '../../collab/hooks';

export const EMPTY_POSTER: Poster = { name: '', who: '', problem: '', doing: '', results: '', contacts: '', image: null, needs: {} };

/** The poster in a board room; empty until the room's cache has been applied. */
export function usePoster(room: Room | null): Poster {
  const { ready } = useRoomState(room);
  return useDocValue(ready && room ? room.doc : null, readPoster, EMPTY_POSTER);
}
