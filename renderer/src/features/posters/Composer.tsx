import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../collab/api';
import type { PostErrorKey } from './posters-api';
import { postErrorKey } from './posters-api';

type Props = {
  label: string;
  placeholder: string;
  submit: string;
  max: number;
  send: (text: string) => Promise<ApiResult<unknown>>;
  testId: string;
  rows?: number;
};

/**
 * A text box that posts to the host. The typed text stays until the host accepts it: a refused post
 * (too many in a minute, the Wi-Fi dropped) says why and can be sent again as it is.
 */
export function Composer({ label, placeholder, submit, max, send, testId, rows = 3 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PostErrorKey | null>(null);
  const onSubmit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    const r = await send(text.trim());
    setBusy(false);
    if (r.ok) setText('');
    else setError(postErrorKey(r.error));
  };
  return (
    <form
      className="poster-composer"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <label className="poster-sr" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input"
        rows={rows}
        maxLength={max}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid={`${testId}-text`}
      />
      <div className="poster-composer__row">
        <button type="submit" className="button button--primary" disabled={busy || !text.trim()} data-testid={`${testId}-send`}>
          {busy ? t('posters.sending') : submit}
        </button>
      </div>
      {error && (
        <p className="notice notice--error" role="alert" data-testid={`${testId}-error`}>
          {t(`posters.errors.${error}`)}
        </p>
      )}
    </form>
  );
}
