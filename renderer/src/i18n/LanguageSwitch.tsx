import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from './index';

/** Two buttons, always visible in the header: the language can change at any moment, on any screen. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-switch__button"
          aria-pressed={i18n.language === lng}
          data-testid={`lang.${lng}`}
          onClick={() => setLanguage(lng)}
        >
          {t(`lang.${lng}`)}
        </button>
      ))}
    </div>
  );
}
