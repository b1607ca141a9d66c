/**
 * The Snowball stemmer for Russian (snowballstem.org/algorithms/russian/stemmer.html), so that
 * «дороги», «дорогам» and «дорогу» fall into one word of a word cloud. Works on lower-case words with
 * ё already turned into е (see normaliseWord).
 */

const VOWELS = new Set('аеиоуыэюя');

const PERFECTIVE_GERUND_1 = ['вшись', 'вши', 'в'];
const PERFECTIVE_GERUND_2 = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const ADJECTIVE = [
  'ими',
  'ыми',
  'его',
  'ого',
  'ему',
  'ому',
  'ее',
  'ие',
  'ые',
  'ое',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
];
const PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
const REFLEXIVE = ['ся', 'сь'];
const VERB_1 = ['ете', 'йте', 'ешь', 'нно', 'ла', 'на', 'ли', 'ем', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'й', 'л', 'н'];
const VERB_2 = [
  'уйте',
  'ейте',
  'ила',
  'ыла',
  'ена',
  'ите',
  'или',
  'ыли',
  'ило',
  'ыло',
  'ено',
  'ует',
  'уют',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ят',
  'ит',
  'ыт',
  'ую',
  'ю',
];
const NOUN = [
  'иями',
  'ями',
  'ами',
  'ией',
  'иям',
  'ием',
  'иях',
  'ев',
  'ов',
  'ие',
  'ье',
  'еи',
  'ии',
  'ей',
  'ой',
  'ий',
  'ям',
  'ем',
  'ам',
  'ом',
  'ах',
  'ях',
  'ию',
  'ью',
  'ия',
  'ья',
  'а',
  'е',
  'и',
  'й',
  'о',
  'у',
  'ы',
  'ь',
  'ю',
  'я',
];
const SUPERLATIVE = ['ейше', 'ейш'];
const DERIVATIONAL = ['ость', 'ост'];

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const P1 = byLength(PERFECTIVE_GERUND_1);
const P2 = byLength(PERFECTIVE_GERUND_2);
const ADJ = byLength(ADJECTIVE);
const PART1 = byLength(PARTICIPLE_1);
const PART2 = byLength(PARTICIPLE_2);
const V1 = byLength(VERB_1);
const V2 = byLength(VERB_2);
const N = byLength(NOUN);

/**
 * The longest ending of `word` (which starts at `from` at the earliest) from either list; endings of
 * `afterA` must follow «а» or «я», itself inside the region. Returns the ending's length, or 0.
 */
function ending(word: string, from: number, afterA: string[], plain: string[]): number {
  let best = 0;
  for (const e of plain) if (e.length > best && word.length - e.length >= from && word.endsWith(e)) best = e.length;
  for (const e of afterA) {
    const at = word.length - e.length;
    if (e.length > best && at - 1 >= from && word.endsWith(e) && (word[at - 1] === 'а' || word[at - 1] === 'я')) best = e.length;
  }
  return best;
}

/** RV: after the first vowel; R2: R1 of R1, where R1 starts after the first non-vowel that follows a vowel. */
function regions(word: string): { rv: number; r2: number } {
  const afterVowelConsonant = (start: number) => {
    for (let i = start + 1; i < word.length; i++) if (!VOWELS.has(word[i]!) && VOWELS.has(word[i - 1]!)) return i + 1;
    return word.length;
  };
  let rv = word.length;
  for (let i = 0; i < word.length; i++)
    if (VOWELS.has(word[i]!)) {
      rv = i + 1;
      break;
    }
  const r1 = afterVowelConsonant(0);
  const r2 = r1 < word.length ? afterVowelConsonant(r1) : word.length;
  return { rv, r2 };
}

export function stemRussian(input: string): string {
  let w = input;
  const { rv, r2 } = regions(w);
  const cut = (n: number) => (w = w.slice(0, w.length - n));
  // Step 1
  const gerund = ending(w, rv, P1, P2);
  if (gerund > 0) cut(gerund);
  else {
    const refl = ending(w, rv, [], REFLEXIVE);
    if (refl > 0) cut(refl);
    const adj = ending(w, rv, [], ADJ);
    if (adj > 0) {
      cut(adj);
      const part = ending(w, rv, PART1, PART2);
      if (part > 0) cut(part);
    } else {
      const verb = ending(w, rv, V1, V2);
      if (verb > 0) cut(verb);
      else {
        const noun = ending(w, rv, [], N);
        if (noun > 0) cut(noun);
      }
    }
  }
  // Step 2
  if (w.length > rv && w.endsWith('и')) cut(1);
  // Step 3
  const der = ending(w, r2, [], DERIVATIONAL);
  if (der > 0) cut(der);
  // Step 4
  if (w.length - 2 >= rv && w.endsWith('нн')) cut(1);
  else {
    const sup = ending(w, rv, [], SUPERLATIVE);
    if (sup > 0) {
      cut(sup);
      if (w.length - 2 >= rv && w.endsWith('нн')) cut(1);
    } else if (w.length > rv && w.endsWith('ь')) cut(1);
  }
  return w;
}
