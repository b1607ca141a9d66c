import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ru } from './ru';
import '@shared/ipc';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'veche.lang';

const isLanguage = (v: unknown): v is Language => LANGUAGES.includes(v as Language);

/** The first of the browser's languages we have; Russian when none is. */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'ru';
}

/** Screens a participant or juror opens on their own phone, from a QR code: no one has set a language there yet. */
const onPhoneRoute = () => /^\/(join|p|jury)\//.test(window.location.pathname);

/**
 * A language picked on this device wins; a phone that never picked starts in its browser's
 * language. The facilitator's screens start in Russian (the app's home language) until switched.
 */
function storedLanguage(): Language {
  const fromBrowser = (): Language =>
    onPhoneRoute() ? browserLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])) : 'ru';
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : fromBrowser();
  } catch {
    return fromBrowser();
  }
}

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  void switchTo(lang);
  // In the desktop app the native menu follows the page's language.
  void window.veche?.invoke('app:set-language', lang);
}

/**
 * Russian ships in the entry; English is its own chunk, fetched the first time someone picks it,
 * so the phones of a Russian-speaking hall do not download a second copy of every string.
 */
async function switchTo(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en);
  }
  await i18n.changeLanguage(lang);
}

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'ru');

export function initI18n(): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources: { ru: { translation: ru } },
    lng: 'ru',
    fallbackLng: 'ru',
    // React escapes text itself; user text never becomes HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = currentLanguage();
  if (storedLanguage() !== 'ru') void switchTo(storedLanguage());
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  // The projector window has no controls: it follows the language picked in the console window.
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY && isLanguage(e.newValue)) void switchTo(e.newValue);
  });
  // …and the page follows the Language menu of the desktop app.
  window.veche?.on('language:changed', (lng) => {
    if (isLanguage(lng) && lng !== i18n.language) setLanguage(lng);
  });
  return i18n;
}
