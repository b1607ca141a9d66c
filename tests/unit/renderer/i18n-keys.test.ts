import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { ru } from '../../../renderer/src/i18n/ru';

function leaves(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v as object, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  const ruKeys = leaves(ru);
  const enKeys = leaves(en);

  it('Russian and English have exactly the same keys', () => {
    expect([...enKeys.keys()].sort()).toEqual([...ruKeys.keys()].sort());
  });

  it('no translation is empty', () => {
    for (const [k, v] of [...ruKeys, ...enKeys]) expect(v.trim(), k).not.toBe('');
  });

  it('each translation uses the same interpolation placeholders in both languages', () => {
    for (const [k, v] of ruKeys) expect(placeholders(enKeys.get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('no key relies on plural suffixes, which differ between Russian and English', () => {
    for (const k of ruKeys.keys()) expect(k).not.toMatch(/_(one|few|many|other|zero|two)$/);
  });
});
