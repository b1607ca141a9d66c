import { describe, expect, it } from 'vitest';
import { deviceLabel } from '@shared/session/device-label';

describe('the roster’s short device label', () => {
  it.each([
    ['Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36', 'Chrome · Android'],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
      'Safari · iPhone',
    ],
    ['Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0 YaBrowser/23.11.1 Mobile Safari/537.36', 'Yandex · Android'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0', 'Edge · Windows'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.224 Safari/537.36', 'Chrome · Linux'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0', 'Firefox · Linux'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', 'Safari · macOS'],
  ])('names the browser and the system of %s', (ua, label) => {
    expect(deviceLabel(ua)).toBe(label);
  });

  it('gives what it knows and nothing for a header it cannot read', () => {
    expect(deviceLabel('curl/8.5.0')).toBeNull();
    expect(deviceLabel('')).toBeNull();
    expect(deviceLabel('SomeBot (Linux)')).toBe('Linux');
  });
});
