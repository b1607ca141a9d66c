import './app/fonts.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { watchOnline } from './collab/connection';
import { adoptTokenFromUrl } from './collab/identity';
import { initI18n } from './i18n';

// Before the first render: the token must leave the address bar before anything can log or share it.
adoptTokenFromUrl();
const i18n = initI18n();
watchOnline();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
