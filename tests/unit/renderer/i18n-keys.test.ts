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

const PLURAL = /_(one|few|many|other|zero|two)$/;
/** A key without its plural suffix: i18next picks `rules_few` for t('rules', { count: 3 }) in Russian. */
const base = (k: string) => k.replace(PLURAL, '');
const bases = (keys: Map<string, string>) => [...new Set([...keys.keys()].map(base))].sort();
const forms = (keys: Map<string, string>, b: string) =>
  [...keys.keys()]
    .filter((k) => k !== b && base(k) === b)
    .map((k) => k.slice(b.length + 1))
    .sort();
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  const ruKeys = leaves(ru);
  const enKeys = leaves(en);

  it('Russian and English have exactly the same keys (plural forms aside)', () => {
    expect(bases(enKeys)).toEqual(bases(ruKeys));
  });

  it('no translation is empty', () => {
    for (const [k, v] of [...ruKeys, ...enKeys]) expect(v.trim(), k).not.toBe('');
  });

  it('each translation uses the same interpolation placeholders in both languages', () => {
    const first = (keys: Map<string, string>, b: string) => keys.get(b) ?? keys.get(`${b}_other`) ?? '';
    for (const b of bases(ruKeys)) expect(placeholders(first(enKeys, b)), b).toEqual(placeholders(first(ruKeys, b)));
  });

  it('a plural key has every form its language needs: one, few, many, other in Russian; one, other in English', () => {
    for (const b of bases(ruKeys)) {
      const ruForms = forms(ruKeys, b);
      if (ruForms.length === 0 && !forms(enKeys, b).length) continue;
      expect(ruForms, b).toEqual(['few', 'many', 'one', 'other']);
      expect(forms(enKeys, b), b).toEqual(['one', 'other']);
      for (const f of ruForms) expect(ruKeys.get(`${b}_${f}`), `${b}_${f}`).toContain('{{count}}');
    }
  });
});

describe('Russian plural forms', () => {
  it('say "3 точки", "5 точек", "1 точка", "21 точка"', async () => {
    const i18n = (await import('i18next')).createInstance();
    await i18n.init({ lng: 'ru', resources: { ru: { translation: ru }, en: { translation: en } } });
    const rules = (count: number) => i18n.t('voting.rules', { count, maxPerItem: 2 });
    expect(rules(3)).toContain('У вас 3 точки,');
    expect(rules(5)).toContain('У вас 5 точек,');
    expect(rules(1)).toContain('У вас 1 точка,');
    expect(rules(21)).toContain('У вас 21 точка,');
    await i18n.changeLanguage('en');
    expect(rules(1)).toContain('You have 1 dot,');
    expect(rules(3)).toContain('You have 3 dots,');
  });
});
