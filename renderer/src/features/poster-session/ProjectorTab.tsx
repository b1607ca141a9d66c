import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleryView } from '@shared/posters/gallery';
import { LIMITS, setCarouselMs } from '@shared/posters/gallery';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { useSession } from '../../collab/session-hooks';
import { projectGallery } from './project';
import { parseSeconds } from './session-rules';
import type { TabProps } from './tab-props';
import { useGallery } from './use-poster-session';

/** What the projector shows during the poster session: the carousel, one poster large, the walk, or the nominations. */
export function ProjectorTab({ plan, snapshot, posters }: TabProps) {
  const { t } = useTranslation();
  const gallery = useGallery(plan);
  const live = useSession(plan);
  const onGallery = live.projector.mode === 'results' && live.projector.voteId === null;
  const shown: GalleryView | null = onGallery ? gallery.view : null;
  const [pick, setPick] = useState<string>(gallery.posterId ?? posters.slots[0]?.poster ?? '');
  const posterBoards = posters.slots.map((s) => ({ id: s.poster, name: snapshot.teams.find((tm) => tm.id === s.teamId)?.name ?? s.poster }));
  const chosen = posterBoards.some((b) => b.id === pick) ? pick : (posterBoards[0]?.id ?? '');
  const pressed = (v: GalleryView) => shown === v && (v !== 'poster' || gallery.posterId === chosen);
  const noPosters = posterBoards.length === 0;
  return (
    <div className="ps-projector" data-testid="posterSession.projector" data-shown={shown ?? live.projector.mode}>
      <p className="notice" data-testid="posterSession.projector-now">
        {shown ? t('posterConsole.projector.nowGallery', { view: t(`posterConsole.projector.view.${shown}`) }) : t('posterConsole.projector.nowOther')}
      </p>
      <section className="panel ps-section ps-choice">
        <h3>{t('posterConsole.projector.view.carousel')}</h3>
        <p className="muted">{t('posterConsole.projector.carouselHint')}</p>
        <CarouselSeconds key={gallery.carouselMs} ms={gallery.carouselMs} onSave={(ms) => setCarouselMs(plan.doc, ms, LOCAL_ORIGIN)} />
        <button
          type="button"
          className="button button--primary"
          disabled={noPosters}
          aria-pressed={pressed('carousel')}
          onClick={() => projectGallery(plan.doc, 'carousel', null)}
          data-testid="posterSession.project-carousel"
        >
          {t('posterConsole.projector.carousel')}
        </button>
      </section>
      <section className="panel ps-section ps-choice">
        <h3>{t('posterConsole.projector.view.poster')}</h3>
        <label className="field">
          <span className="field__label">{t('posterConsole.projector.whichPoster')}</span>
          <select className="input" value={chosen} disabled={noPosters} onChange={(e) => setPick(e.target.value)} data-testid="posterSession.poster-pick">
            {posterBoards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--primary"
          disabled={noPosters}
          aria-pressed={pressed('poster')}
          onClick={() => projectGallery(plan.doc, 'poster', chosen)}
          data-testid="posterSession.project-poster"
        >
          {t('posterConsole.projector.poster')}
        </button>
      </section>
      <section className="panel ps-section ps-choice">
        <h3>{t('posterConsole.projector.view.walk')}</h3>
        <p className="muted">{t('posterConsole.projector.walkHint')}</p>
        <button
          type="button"
          className="button button--primary"
          aria-pressed={pressed('walk')}
          onClick={() => projectGallery(plan.doc, 'walk', null)}
          data-testid="posterSession.project-walk"
        >
          {t('posterConsole.projector.walk')}
        </button>
      </section>
      <section className="panel ps-section ps-choice">
        <h3>{t('posterConsole.projector.view.nominations')}</h3>
        <p className="muted">{t('posterConsole.projector.nominationsHint')}</p>
        <button
          type="button"
          className="button button--primary"
          aria-pressed={pressed('nominations')}
          onClick={() => projectGallery(plan.doc, 'nominations', null)}
          data-testid="posterSession.project-nominations"
        >
          {t('posterConsole.projector.nominations')}
        </button>
      </section>
    </div>
  );
}

function CarouselSeconds({ ms, onSave }: { ms: number; onSave(ms: number): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(Math.round(ms / 1000)));
  const value = parseSeconds(text);
  const save = () => {
    if (value !== null && value !== ms) onSave(value);
    else setText(String(Math.round(ms / 1000)));
  };
  return (
    <label className="field">
      <span className="field__label">{t('posterConsole.projector.secondsPerPoster')}</span>
      <span className="row-gap">
        <input
          className="input ps-num"
          inputMode="numeric"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
          aria-invalid={value === null}
          data-testid="posterSession.carousel-seconds"
        />
        <span className="muted">{t('posterConsole.projector.secondsRange', { min: LIMITS.carouselMs.min / 1000, max: LIMITS.carouselMs.max / 1000 })}</span>
      </span>
    </label>
  );
}
