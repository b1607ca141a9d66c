import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { setProjector } from '@shared/doc/session';
import type { GalleryView } from '@shared/posters/gallery';
import { setGalleryView } from '@shared/posters/gallery';

/**
 * Puts a poster-session view on the projector: the gallery view in the plan, and results mode with
 * no vote chosen — a vote id there means "show that vote" (the vote panel's button), which a
 * poster event still shows as a vote.
 */
export function projectGallery(plan: Y.Doc, view: GalleryView, posterId: string | null): void {
  plan.transact(() => {
    setGalleryView(plan, view, posterId, LOCAL_ORIGIN);
    setProjector(plan, { mode: 'results', voteId: null }, LOCAL_ORIGIN);
  }, LOCAL_ORIGIN);
}
