import { stemRussian } from './stem-ru';

/**
 * An open question's answers as a word cloud: words grouped by stem («дороги», «дорогам» → «дорог»),
 * stop words dropped, each person counted once per stem so that one phone repeating a word cannot
 * fill the cloud. The word shown is the form people wrote most often.
 */
export type CloudWord = { word: string; stem: string; count: number };

/** Function words of Russian and English that carry nothing on a cloud. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда ' +
    'даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы ' +
    'тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой ' +
    'тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая ' +
    'много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это очень наш наши ' +
    'нам также весь вся всё ещё нужно который которые которая чтобы свой свои ваш ваши ' +
    'the a an and or of to in on for with is are was be it this that at by as from not no but we our you your they их'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower case, ё → е: the stemmer's alphabet. */
export const normaliseWord = (w: string): string => w.toLowerCase().replace(/ё/g, 'е');

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;
const CYRILLIC = /[а-я]/;

/** English gets a light touch only: plural -s. */
const stemOther = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

export function stemWord(word: string): string {
  const w = normaliseWord(word);
  if (!CYRILLIC.test(w)) return stemOther(w);
  return w
    .split('-')
    .map((part) => stemRussian(part))
    .join('-');
}

/** The words of one answer that go on a cloud: lower case, stop words and one-/two-letter words out. */
export function cloudWords(text: string): string[] {
  // Lower case but spelled as written («зелёные» stays so on the cloud); stems and stop words compare without ё.
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 3 && !STOP_WORDS.has(normaliseWord(w)));
}

/** Every answer (one per person) → the cloud, biggest first, at most `limit` words. */
export function wordCloud(answers: readonly string[], limit = 60): CloudWord[] {
  const groups = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const answer of answers) {
    const seen = new Set<string>();
    for (const w of cloudWords(answer)) {
      const stem = stemWord(w);
      let g = groups.get(stem);
      if (!g) groups.set(stem, (g = { count: 0, forms: new Map() }));
      g.forms.set(w, (g.forms.get(w) ?? 0) + 1);
      if (!seen.has(stem)) g.count++;
      seen.add(stem);
    }
  }
  const out: CloudWord[] = [];
  for (const [stem, g] of groups) {
    const word = [...g.forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
    out.push({ word, stem, count: g.count });
  }
  return out.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)).slice(0, limit);
}
