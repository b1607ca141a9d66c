import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { NeedCategory, Poster, PosterField, PosterPatch } from '@shared/doc/poster';
import { NEED_CATEGORIES, POSTER_LIMITS, writePoster } from '@shared/doc/poster';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { ImagePicker } from './ImagePicker';
import { MapField } from './MapField';

const TEXT_FIELDS = ['who', 'problem', 'doing', 'results'] as const;

/**
 * The team's poster form: every field, the seven needs each with a short description (empty: not
 * needed), contacts and an image. Each keystroke is one small write of one key, so two members
 * filling different fields from two phones both keep their text.
 */
export function PosterEditor({ doc, poster, boardId }: { doc: Y.Doc; poster: Poster; boardId: string }) {
  const { t } = useTranslation();
  const write = (patch: PosterPatch) => void writePoster(doc, patch, LOCAL_ORIGIN);
  const field = (f: PosterField, max: number, multiline: boolean) => (
    <MapField
      key={f}
      id={`${boardId}-${f}`}
      label={t(`posters.fields.${f}`)}
      hint={t(`posters.editor.hints.${f}`)}
      value={poster[f]}
      max={max}
      multiline={multiline}
      write={(v) => write({ [f]: v })}
      testId={`poster.field.${f}`}
    />
  );
  return (
    <form className="poster-editor" data-testid="poster.editor" onSubmit={(e) => e.preventDefault()}>
      <p className="muted poster-editor__saved">{t('posters.editor.autosave')}</p>
      {field('name', POSTER_LIMITS.name, false)}
      {TEXT_FIELDS.map((f) => field(f, POSTER_LIMITS.text, true))}
      <fieldset className="poster-editor__needs" data-testid="poster.needs-editor">
        <legend className="field__label">{t('posters.fields.needs')}</legend>
        <p className="muted">{t('posters.editor.needsHint')}</p>
        {NEED_CATEGORIES.map((c) => (
          <NeedField key={c} category={c} value={poster.needs[c] ?? ''} boardId={boardId} write={(v) => write({ needs: { [c]: v } })} />
        ))}
      </fieldset>
      {field('contacts', POSTER_LIMITS.contacts, true)}
      <ImagePicker image={poster.image} write={(image) => write({ image })} />
    </form>
  );
}

function NeedField({ category, value, boardId, write }: { category: NeedCategory; value: string; boardId: string; write: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <MapField
      id={`${boardId}-need-${category}`}
      label={t(`posters.needs.${category}`)}
      value={value}
      max={POSTER_LIMITS.need}
      multiline
      rows={2}
      placeholder={t(`posters.editor.needPlaceholders.${category}`)}
      write={write}
      testId={`poster.need.${category}`}
    />
  );
}
