import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassportSnapshot } from '@shared/passport/model';
import type { ExportLang } from '@shared/passport/labels';
import { passportWarnings } from '@shared/passport/warnings';
import { currentLanguage } from '../../i18n';

const KINDS = ['docx', 'md', 'xlsx'] as const;
type Kind = (typeof KINDS)[number];

const MIME: Record<Kind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Downloads the passport built right here from the synced doc (the builders are the same ones the
 * host's export endpoint uses), so a team can take its application home from a phone with no host
 * round trip. Builders load on demand: docx and exceljs are big and most people never press this.
 */
export function ExportMenu({ p }: { p: PassportSnapshot }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const run = async (kind: Kind) => {
    abort.current = new AbortController();
    setError(null);
    setProgress(0);
    try {
      const bytes = await build(kind, p, currentLanguage(), abort.current.signal, setProgress);
      download(bytes, `${fileName(p.name, t('passport.title'))}.${kind}`, MIME[kind]);
    } catch (e) {
      if (!abort.current.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <div className="passport-export" role="group" aria-label={t('passport.export.label')}>
      <span className="muted">{t('passport.export.label')}:</span>
      {KINDS.map((k) => (
        <button
          key={k}
          type="button"
          className="button button--small"
          disabled={progress !== null}
          onClick={() => void run(k)}
          data-testid={`passport.export.${k}`}
        >
          {t(`passport.export.${k}`)}
        </button>
      ))}
      {progress !== null && (
        <span role="status">
          {t('passport.export.busy', { percent: Math.round(progress * 100) })}{' '}
          <button type="button" className="button button--small" onClick={() => abort.current?.abort()}>
            {t('passport.export.cancel')}
          </button>
        </span>
      )}
      <ExportWarnings p={p} />
      {error && (
        <span className="passport-problem" role="alert">
          {t('passport.export.failed', { message: error })}
        </span>
      )}
    </div>
  );
}

async function build(kind: Kind, p: PassportSnapshot, lang: ExportLang, signal: AbortSignal, onProgress: (f: number) => void): Promise<Uint8Array | string> {
  const opts = { lang, signal, onProgress };
  if (kind === 'docx') return (await import('@shared/export/passport-docx')).buildPassportDocx(p, opts);
  if (kind === 'xlsx') return (await import('@shared/export/passport-xlsx')).buildCalendarXlsx(p, opts);
  return (await import('@shared/export/passport-md')).buildPassportMarkdown(p, opts);
}

/**
 * What the file will list as warnings, said before it is downloaded: the same words the exports
 * print (shared/passport/warnings.ts), folded away so the header stays one line.
 */
function ExportWarnings({ p }: { p: PassportSnapshot }) {
  const { t } = useTranslation();
  const lang: ExportLang = currentLanguage() === 'en' ? 'en' : 'ru';
  const warnings = useMemo(() => passportWarnings(p, lang), [p, lang]);
  if (warnings.length === 0)
    return (
      <span className="muted" data-testid="passport.export.warnings" data-count={0}>
        {t('passport.export.warningsNone')}
      </span>
    );
  return (
    <details className="passport-export__warnings" data-testid="passport.export.warnings" data-count={warnings.length}>
      <summary>{t('passport.export.warnings', { count: warnings.length })}</summary>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </details>
  );
}

/** A file name from the project's name: no path separators or characters Windows refuses. */
function fileName(name: string, fallback: string): string {
  const clean = name
    // eslint-disable-next-line no-control-regex -- control characters are what is being removed.
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .slice(0, 80);
  return clean || fallback;
}

function download(data: Uint8Array | string, name: string, type: string): void {
  // A copy into a plain ArrayBuffer: Blob does not take views over a SharedArrayBuffer.
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
