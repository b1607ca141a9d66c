import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gallery } from '@shared/posters/gallery';
import { carouselIndex } from '@shared/posters/gallery';
import type { BoardInfo } from '@shared/doc/plan';
import { usePlan } from '../../collab/hooks';
import type { ProjectorResultsProps } from '../projector/slots';
import { PosterView } from '../posters/PosterView';
import { ProjectorNominations } from './ProjectorNominations';
import { ProjectorWalk } from './ProjectorWalk';
import { carouselSlot, walkStands } from './session-rules';
import { useGallery, useHostClock, usePosterSession } from './use-poster-session';
import './poster-session.css';

/**
 * The projector's 'results' mode in a poster session: what the console chose (posterGallery.view).
 * Read from the back of a hall: the poster itself, or a few huge words; nothing to click.
 */
export function ProjectorPosters(props: ProjectorResultsProps) {
  const { t } = useTranslation();
  const gallery = useGallery(props.plan);
  const plan = usePlan(props.plan);
  const session = usePosterSession(props.plan);
  // The carousel follows the walk's order: the hall sees the posters in the order it will visit them.
  const order = walkStands(
    gallery,
    plan.teams.map((tm) => tm.id),
  );
  const boards = order
    .map((teamId) => session.slots.find((s) => s.teamId === teamId))
    .map((s) => (s ? plan.boards.find((b) => b.id === s.poster) : undefined))
    .filter((b): b is BoardInfo => b !== undefined);
  switch (gallery.view) {
    case 'walk':
      return <ProjectorWalk {...props} />;
    case 'nominations':
      return <ProjectorNominations {...props} />;
    case 'poster': {
      const board = boards.find((b) => b.id === gallery.posterId) ?? null;
      return (
        <section className="proj-posters proj-posters--one" data-testid="projector.posters.poster" data-poster-id={board?.id ?? ''}>
          {board ? (
            <PosterView eventId={props.eventId} session={props.session} board={board} size="projector" />
          ) : (
            <p className="projector__empty">{t('posterConsole.screen.noPosters')}</p>
          )}
        </section>
      );
    }
    default:
      return <Carousel {...props} boards={boards} gallery={gallery} />;
  }
}

function Carousel({ eventId, session, boards, gallery }: ProjectorResultsProps & { boards: BoardInfo[]; gallery: Gallery }) {
  const { t } = useTranslation();
  const { carouselMs } = gallery;
  const now = useHostClock((n) => (boards.length > 1 ? carouselMs - (n % carouselMs) : null));
  if (boards.length === 0) {
    return (
      <section className="proj-posters" data-testid="projector.posters.carousel" data-count={0}>
        <p className="projector__empty">{t('posterConsole.screen.noPosters')}</p>
      </section>
    );
  }
  const index = carouselIndex(gallery, boards.length, now);
  const { elapsedMs } = carouselSlot(carouselMs, boards.length, now);
  const board = boards[index]!;
  // The bar fills over the slide's time by a CSS animation started part-way: no re-render per frame.
  const bar = { animationDuration: `${carouselMs}ms`, animationDelay: `-${elapsedMs}ms` } as CSSProperties;
  return (
    <section
      className="proj-posters proj-posters--carousel"
      data-testid="projector.posters.carousel"
      data-index={index}
      data-count={boards.length}
      data-poster-id={board.id}
    >
      <div className="proj-posters__meta">
        <span className="proj-posters__count" data-testid="projector.posters.position">
          {t('posterConsole.screen.position', { n: index + 1, total: boards.length })}
        </span>
        {boards.length > 1 && (
          <span className="proj-posters__progress" aria-hidden="true">
            <span key={`${board.id}-${Math.floor(now / carouselMs)}`} className="proj-posters__bar" style={bar} />
          </span>
        )}
      </div>
      <PosterView key={board.id} eventId={eventId} session={session} board={board} size="projector" />
    </section>
  );
}
