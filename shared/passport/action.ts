/**
 * A task on a grant form is an action in the infinitive ("Провести…", "Открыть…"), never a state
 * ("Открыт коворкинг", "Есть работа"). Goal-tree nodes are worded as states on purpose — the goal
 * tree is the problem tree turned positive — so "fill from goal tree" rewords them:
 * 1. text that already starts with an infinitive is kept;
 * 2. a leading short passive participle becomes its infinitive ("Создан совет" → "Создать совет");
 * 3. any other state falls back on the node's hint, the problem it mirrors: "Решить проблему: …";
 * 4. with no hint either, the state becomes the result to reach: "Добиться результата: …".
 */

/** Infinitives end in -ть, -ти or -чь, reflexive ones add -ся/-сь. */
const INFINITIVE = /^[а-яё-]+(ть|ти|чь)(ся|сь)?$/i;
/** Short passive participles with a regular infinitive: открыт → открыть, создан → создать; the rest are left to the hint. */
const PARTICIPLES: readonly [RegExp, string][] = [
  // Feminine forms are left out: "Построена дорога" would need the accusative "дорогу".
  [/^([а-я-]+[ая])н[оы]?$/i, '$1ть'],
  [/^([а-я-]+[ыуо])т[оы]?$/i, '$1ть'],
  // Labial + epenthetic л: обновлён ← обновить, укреплён ← укрепить.
  [/^([а-я-]*[бпвмф])лен[оы]?$/i, '$1ить'],
  // -ен → -ить only where the stem does not alternate (налажен ← наладить, проведён ← провести).
  [/^([а-я-]*(?:[абгекмнпруэюяиоы]|[^бпвмф]л))ен[оы]?$/i, '$1ить'],
];
/** Words that look like participles by their ending but are not (adjectives, nouns, adverbs). */
const NOT_PARTICIPLES = new Set(['много', 'мало', 'больше', 'меньше', 'стало', 'нет', 'согласован', 'важно', 'нужно', 'можно']);

const firstWord = (s: string) => /^[\p{L}-]+/u.exec(s)?.[0] ?? '';
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);
const lowerFirst = (s: string) => (/^[\p{Lu}][\p{Ll}]/u.test(s) ? s.charAt(0).toLocaleLowerCase('ru') + s.slice(1) : s);

/** "Есть" reads as "there is", never as the verb "to eat", on a goal card. */
export const isAction = (text: string): boolean => {
  const w = firstWord(text.trim()).toLocaleLowerCase('ru');
  return w !== 'есть' && INFINITIVE.test(w);
};

/** The infinitive of a leading short participle, or null when the text does not start with one. */
function fromParticiple(text: string): string | null {
  const word = firstWord(text);
  const lower = word.toLocaleLowerCase('ru').replace(/ё/g, 'е');
  if (word.length < 5 || NOT_PARTICIPLES.has(lower)) return null;
  for (const [re, to] of PARTICIPLES) {
    if (!re.test(lower)) continue;
    const verb = lower.replace(re, to);
    return upperFirst(verb) + text.slice(word.length);
  }
  return null;
}

/** A goal-node wording as a task: an action in the infinitive (see above). '' stays ''. */
export function asAction(text: string, hint: string | null): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return '';
  if (isAction(t)) return upperFirst(t);
  const converted = fromParticiple(t);
  if (converted) return converted;
  const h = (hint ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
  if (h !== '') return isAction(h) ? upperFirst(h) : `Решить проблему: ${lowerFirst(h)}`;
  return `Добиться результата: ${lowerFirst(t.replace(/[.!]+$/, ''))}`;
}
