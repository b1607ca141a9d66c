import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { ConnectionStatus } from './ConnectionStatus';

/** Header with the app name, connection indicator and language switch; every screen but the projector. */
export function Layout({ title, children, wide = false }: { title?: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="topbar__brand">{t('app.name')}</span>
        {title !== undefined && <span className="topbar__title">{title}</span>}
        <ConnectionStatus />
        <LanguageSwitch />
      </header>
      <main id="main" className={wide ? 'page page--wide' : 'page'}>
        {children}
      </main>
    </div>
  );
}
