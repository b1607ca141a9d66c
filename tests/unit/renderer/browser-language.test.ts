import { describe, expect, it } from 'vitest';
import { browserLanguage } from '../../../renderer/src/i18n/index';

describe('the language a phone starts in', () => {
  it('is the first browser language the app has, else Russian', () => {
    expect(browserLanguage(['en-GB', 'ru'])).toBe('en');
    expect(browserLanguage(['de-DE', 'RU-ru', 'en'])).toBe('ru');
    expect(browserLanguage(['fr'])).toBe('ru');
    expect(browserLanguage([])).toBe('ru');
  });
});
