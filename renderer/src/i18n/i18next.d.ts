import 'i18next';
import type { ru } from './ru';

// Typed keys: `t('board.ad')` is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ru };
  }
}
