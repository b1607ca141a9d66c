import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPosterImage } from '@shared/doc/poster';
import { fileToPosterImage } from './image-canvas';
import type { FitError } from './image-fit';

/** Picks a photo, shrinks it to fit the poster (image-fit.ts), or says why it cannot. */
export function ImagePicker({ image, write }: { image: string | null; write: (image: string | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FitError | null>(null);
  const onPick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    const r = await fileToPosterImage(file);
    setBusy(false);
    if (r.ok) write(r.dataUrl);
    else setError(r.error);
  };
  return (
    <div className="field poster-image-picker" data-testid="poster.image-picker">
      <span className="field__label">{t('posters.fields.image')}</span>
      {image && isPosterImage(image) ? (
        <img className="poster-image-picker__preview" src={image} alt={t('posters.editor.imagePreview')} data-testid="poster.image-preview" />
      ) : (
        <p className="muted">{t('posters.editor.noImage')}</p>
      )}
      <div className="poster-image-picker__actions">
        <input
          id={id}
          className="poster-sr"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/*"
          disabled={busy}
          onChange={(e) => void onPick(e.currentTarget)}
          data-testid="poster.image-input"
        />
        <label className="button poster-image-picker__pick" htmlFor={id}>
          {image ? t('posters.editor.replaceImage') : t('posters.editor.pickImage')}
        </label>
        {image && (
          <button type="button" className="button button--danger" onClick={() => write(null)} data-testid="poster.image-remove">
            {t('posters.editor.removeImage')}
          </button>
        )}
      </div>
      <p className="muted">{t('posters.editor.imageHint')}</p>
      {busy && <p aria-live="polite">{t('posters.editor.imageBusy')}</p>}
      {error && (
        <p className="notice notice--error" role="alert" data-testid="poster.image-error">
          {t(`posters.editor.imageErrors.${error}`)}
        </p>
      )}
    </div>
  );
}
